"""Who the article says issued a report, a statement or a letter, found once per article: those a later
bare "the report" or "the statement" a cue names stands for (‘The Air Accident Inquiry Board published its
interim report on Monday. … “…,” the report said’ is the board's; ‘…, according to a statement from the
Harbour Police. The statement said …’ the police's). :func:`quotesearch.earlier_statements._report_body_before`
takes the one body so told of a report, and gives up when two were; :func:`statement_issuer_told_of` the
last one told of a statement before its cue, when no other came between.
"""

from __future__ import annotations

import functools

import regex

from quotesearch.body_words import PUBLIC_BODY_HEADS
from quotesearch.lexicon import LazyPattern
from quotesearch.mention_words import Mention
from quotesearch.name_parts import is_organisation
from quotesearch.nicknames import BODY_NOUNS
from quotesearch.people import Person
from quotesearch.role_words import CHAMBER_WORDS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.sole_bodies import _sole_body_of_kind
from quotesearch.speakers import Cast
from quotesearch.document_senders import RE_CO_SIGNERS_AFTER, SENDER_READ_REACH, sender_named_at
from quotesearch.document_words import AUTHORED_NOUNS
from quotesearch.time_words import MONTH_NAMES, WEEKDAY_NAMES

#: Words that never start an issuer's name nor follow a joining word in it (w94a guard A): a time
#: (‘Everton Football Club on Friday’, ‘Yesterday, in a statement, …’) or an opening word (‘On Tuesday
#: the Rail Safety Board’, ‘But the Harbour Trust’), so the name starts at the inner "the". The days and
#: months are :mod:`quotesearch.time_words`' own, as a pattern's alternatives (sorted: the same pattern
#: in every run).
TIME_WORD_ALTERNATIVES = "|".join([*sorted(WEEKDAY_NAMES), *MONTH_NAMES,
                                   *"Yesterday Today Tonight Tomorrow Last Next This Earlier Later".split()])
NOT_NAME_START = (r"(?!(?:On|In|At|But|And|Or|So|Yet|Then|After|Before|When|While|Meanwhile|However|"
                  + TIME_WORD_ALTERNATIVES + r")\b)")
NOT_TIME = r"(?!(?:" + TIME_WORD_ALTERNATIVES + r")\b)"

#: The heads of a body's name after which "to" names whom its report went to, never more of the name.
HEADS_BEFORE_RECIPIENT = PUBLIC_BODY_HEADS | {"office", "service", "trust", "union", "association", "court", "panel",
                                              "inspectorate", "institute", "regulator", "watchdog", "group"}

#: A body's name, "the" before it or not (group ``name``), bare or with its short name in brackets after it;
#: its words joined by "of", "for", "and", "on" or "to" (‘the Committee on Access to Justice’, w114a), never
#: "to" right after the body's head, whom a report went to (‘the National Audit Office to Parliament’, reread).
#:
#: >>> regex.search(BODY_NAME, "When the Committee on Access to Justice published").group("name")
#: 'the Committee on Access to Justice'
#: >>> regex.search(BODY_NAME, "A report by the National Audit Office to Parliament said").group("name")
#: 'the National Audit Office'
BODY_NAME_BARE = (r"(?P<name>(?:(?<![\p{L}’'])the )?" + NOT_NAME_START + r"\p{Lu}[\p{L}\-&]*(?: (?:(?:of|for|and|on|"
                  + r"(?<!\b(?:" + "|".join(sorted(h.capitalize() for h in HEADS_BEFORE_RECIPIENT)) + r") )to)(?: the)? )?"
                  + NOT_TIME + r"\p{Lu}[\p{L}\-&]*)+)")
BODY_NAME = BODY_NAME_BARE + r"(?: \(\p{Lu}[\p{Lu}&]+\))?"

#: A report with up to three words before it (‘a report’, ‘its daily situation report’), a page count
#: among them (‘its 84-page report’, w110c).
#:
#: >>> regex.fullmatch(A_REPORT, "its 84-page final report") is not None
#: True
A_REPORT = r"(?:a|an|its) (?:[\p{Ll}\d\-]+ ){0,3}report\b"

#: Not a report someone else wrote (w94a guard B): ‘published a report by the Chief Inspector’, ‘a report
#: by former civil servant Sue Gray’, ‘The Stafford Hospital report, written by Robert Francis’ are the
#: writer's, not the publisher's.
NOT_BY = (r"(?!,? (?:by|from|(?:written|compiled|prepared|drawn up|carried out|commissioned) (?:by|from)"
          r"|into [^,.;\n“”\"]{0,80}? by)\b)"
          # (w94a guard2 A: any "by" a name follows later in the clause, after a time or a participle:
          # ‘published a report on Tuesday by senior civil servant Sue Gray’, ‘a report led by Professor
          # Ann Lee’, ‘The X Trust report, chaired by retired judge Sir Alan Ward’)
          r"(?![^.;\n“”\"]{0,100}?\bby (?:\p{Ll}[\p{Ll}\-]* ){0,3}\p{Lu})")

#: The words of a body that issues reports, never of a place or institution reported on (‘the Stafford
#: Hospital report’, ‘the Grenfell Tower report’), nor a trust's (‘The Lakeside Care Trust report’ is often an
#: inquiry into the trust; w94a guard2 A); also read by :func:`is_report_body`, a body's name the name lists
#: miss (‘the Inspectorate of Prisons’, w104b).
#:
#: >>> "Board" in REPORT_BODY_WORDS, "Hospital" in REPORT_BODY_WORDS, "Trust" in REPORT_BODY_WORDS
#: (True, False, False)
REPORT_BODY_WORDS = frozenset("""Board Commission Service Authority Panel Committee Inspectorate Office Council Agency
Ombudsman Regulator Bureau Institute Unit Department Ministry Tribunal Audit Watchdog Inquiry Branch""".split())
# (an inquiry by its name, ‘The Service Inquiry report, published yesterday, found …’, w107c; an investigators'
# branch, ‘the Offshore Safety Investigation Branch has issued a bulletin’, w109e)

#: The end of a body named with its report (‘the X Board report’): a word of :data:`REPORT_BODY_WORDS`
#: last, its letters in brackets after it or not (‘the Care Quality Commission (CQC)’); a pattern's piece.
#:
#: >>> regex.search("the Parole Board" + REPORT_BODY_END, "the Parole Board (PB) report").group()
#: 'the Parole Board (PB)'
REPORT_BODY_END = (r"(?<=\b(?:" + "|".join(sorted(REPORT_BODY_WORDS)) + r"))"
                   r"(?: \(\p{Lu}[\p{Lu}&]+\))?")


def is_report_body(name: str) -> bool:
    """Whether a capitalised name holds a word of a body that issues reports (:data:`REPORT_BODY_WORDS`), so is a
    body's even where the name lists miss it (w104b).

    >>> is_report_body("Inspectorate of Prisons"), is_report_body("Ann Lee"), is_report_body("the Office")
    (True, False, False)
    """
    words = name.removeprefix("the ").removeprefix("The ").split()
    return len(words) >= 2 and all(w[:1].isupper() or w in ("of", "for", "and", "on", "the") for w in words) \
        and any(w in REPORT_BODY_WORDS for w in words)

#: When a report came out, told of between "report" and "by" (w136c: ‘a report last year by the Ministry of
#: Transport’, ‘a report in March by the Water Audit Office’): a time, never a place nor anything more.
#:
#: >>> [regex.fullmatch(REPORT_TIME, s) is not None for s in (" last year", " earlier this month", " in 2019", " in March", " in Paris")]
#: [True, True, True, True, False]
REPORT_TIME = (r"(?: (?:(?:earlier|late) )?(?:last|this) (?:year|month|week|spring|summer|autumn|fall|winter)"
               r"| in (?:\d{4}|(?:" + "|".join(MONTH_NAMES) + r")(?: \d{4})?))?")

#: The cheap part of every match of :data:`RE_REPORT_ISSUER`, searched for first: a report brought in
#: by "in", by one of the verbs of issuing, or by "said" and the like with a name between.
#:
#: >>> RE_REPORT_TOLD_OF.search("In an interim report, the Board said") is not None
#: True
#: >>> RE_REPORT_TOLD_OF.search("The 90-page report by the Water Review Panel") is not None
#: True
#: >>> RE_REPORT_TOLD_OF.search("the report said") is None
#: True
RE_REPORT_TOLD_OF = LazyPattern(r"\b(?:[Ii]n|published|released|issued|tabled|unveiled) " + A_REPORT
                                + r"|\p{Lu}\p{L}+ (?:inspection |investigation |annual |final |interim )?report\b"
                                + r"|\breport" + REPORT_TIME + r" (?:by|of) (?:the )?\p{Lu}")

#: The verbs a body by its name speaks in a report with, before "in a report" (‘the X Association estimated in a
#: report last week’, ‘the X Office predicted in its annual report’), as a pattern's alternatives.
REPORT_FINDING_VERBS = "said|says|found|finds|warned|warns|concluded|estimated|estimates|predicted|predicts" \
                       "|projected|projects|forecast|forecasts|argued|argues|noted|notes|reported"

#: A clause set off after a body's name, before the verb it speaks in a report with (‘the X Watch, which deployed
#: 4,200 observers, said in its preliminary report’; w126j): "which" and no more than a clause, never a quotation.
#:
#: >>> regex.fullmatch(WHICH_CLAUSE, ", which deployed 4,200 observers,") is not None
#: True
#: >>> regex.fullmatch(WHICH_CLAUSE, ", which said it was “late”,") is None
#: True
#:
#: Or what it is, set off (‘The X Council, a Geneva-based industry body, warned in a report’; w135t): an
#: indefinite article and a few words, never a clause's verb nor a quotation.
#:
#: >>> regex.fullmatch(WHICH_CLAUSE, ", a Geneva-based industry body,") is not None
#: True
#: >>> regex.fullmatch(WHICH_CLAUSE, ", a spokesman said,") is None
#: True
WHICH_CLAUSE = (r"(?:, which (?:[^,.;\n“”\"]|,\d){1,80},"
                r"|, (?:a|an) (?!(?:\S+ ){0,5}?(?:said|says|told|added)\b)(?:[^\s,.;“”\"]+ ){0,5}[^\s,.;“”\"]+,)?")

#: A body by its name that the sentence says issued or spoke in a report: ‘the Public Accounts Board
#: said in a report published’, ‘the Disaster Authority (DA) said in its daily situation report’, ‘In
#: an interim report, the Air Accident Inquiry Board said’, ‘In its report, published on Monday, the
#: Harbour Trust found’, ‘…, said the Maritime Security Centre (MSC) in its half-yearly report’, ‘The
#: Rail Safety Board published its final report on Tuesday’, ‘The Vale Fire Service report on the
#: tower’, ‘In its annual report on degree standards, published on Tuesday, the X Authority said’ (w114a).
#: Never a person (the caller checks the name is an organisation's), nor "his report".
#:
#: >>> [RE_REPORT_ISSUER.search(s).group("name") for s in ("In an interim report, the Air Inquiry Board said the",
#: ...     "late, the Public Accounts Board said in a report published", "at night, said the Maritime Security Centre (MSC) in its half-yearly report",
#: ...     "The Rail Safety Board published its final report on Tuesday.", "the Disaster Authority (DA) said in its daily situation report")]
#: ['the Air Inquiry Board', 'the Public Accounts Board', 'the Maritime Security Centre', 'The Rail Safety Board', 'the Disaster Authority']
#: >>> RE_REPORT_ISSUER.search("The Vale Fire and Rescue Service report on the tower found").group("name")
#: 'Vale Fire and Rescue Service'
#: >>> RE_REPORT_ISSUER.search("The Toy Merchants Association estimated in a report last week that").group("name")
#: 'The Toy Merchants Association'
#: >>> RE_REPORT_ISSUER.search("The coalition Vale Election Watch, which sent 400 observers, said in its preliminary report").group("name")
#: 'Vale Election Watch'
#: >>> RE_REPORT_ISSUER.search("In a report published on Monday, the Water Audit Office said").group("name")
#: 'the Water Audit Office'
#: >>> RE_REPORT_ISSUER.search("In its annual report on degree standards, published on Tuesday, the Degree Standards Authority said").group("name")
#: 'the Degree Standards Authority'
#: >>> RE_REPORT_ISSUER.search("In its 84-page report, titled “Lost at Sea”, the Marine Safety Office found").group("name")
#: 'the Marine Safety Office'
#: >>> RE_REPORT_ISSUER.search("A 90-page report by the Water Review Panel, published on Monday, said").group("name")
#: 'the Water Review Panel'
#: >>> RE_REPORT_ISSUER.search("It follows a report last year by the Ministry of Transport that found").group("name")
#: 'the Ministry of Transport'
#: >>> RE_REPORT_ISSUER.search("published a report by the Prisons Ombudsman, Ann Clegg, on Friday") is None
#: True
#: >>> RE_REPORT_ISSUER.search("The report of the Harwell Inquiry, published in 1980, found").group("name")
#: 'the Harwell Inquiry'
#: >>> RE_REPORT_ISSUER.search("a report of the Harwell Hospital said") is None
#: True
#: >>> RE_REPORT_ISSUER.search("Mr Ruiz read the report aloud") is None
#: True
#: >>> RE_REPORT_ISSUER.search("In his report, Judge Alan Reeve said") is None
#: True
RE_REPORT_ISSUER = LazyPattern(
    BODY_NAME + r"(?: on \p{Lu}\p{Ll}+)?" + WHICH_CLAUSE + r" (?:" + REPORT_FINDING_VERBS + r") (?:on \p{Lu}\p{Ll}+ )?in " + A_REPORT
    + r"|\b[Ii]n (?:a|an|its) (?:[\p{Ll}\d\-]+ ){0,3}report(?: (?:on|into) [^,.;\n“”\"]{1,60}?)?"
    + r"(?: (?:published|released|issued|out|posted)\b[^,.;\n“”\"]{0,60})?,"
    + r"(?: (?:entitled|titled|called) [^,.;\n]{1,80},)?(?: [^,.;\n“”\"]{1,80},)? " + BODY_NAME
    + r" (?:said|says|found|warned|concluded|noted|wrote)\b"
    + r"|\b(?:said|says|found|warned|concluded) " + BODY_NAME + r",? in " + A_REPORT
    + r"|" + BODY_NAME + r" (?:on \p{Lu}\p{Ll}+ )?(?:published|released|issued|tabled|unveiled) " + A_REPORT + NOT_BY
    + r"|(?<=\b(?i:the|an?) )" + BODY_NAME_BARE + REPORT_BODY_END
    + r" (?:inspection |investigation |annual |final |interim )?report\b" + NOT_BY
    # (a report by a body, its words the body's: ‘A report by the National Audit Office, published on
    # Wednesday, said’, ‘The 90-page report by the Water Review Panel concluded’; w106d)
    # never an office whose holder is set off after it (‘a report by the Prisons Ombudsman, Ann Clegg,’)
    + r"|\b(?i:an?|the) (?:[\p{Ll}\d\-]+ ){0,2}report" + REPORT_TIME + r" by " + BODY_NAME + r"(?=[,.;]| \p{Ll})(?!, \p{Lu})"
    # (w128b: a report "of" a body that issues reports, its name ending in a word of one: ‘The report of the
    # Harwell Inquiry, published in 1980, found’; never one of a place or an institution reported on, ‘a
    # report of the Harwell Hospital’, nor an office whose holder is set off after it)
    + r"|\b(?i:an?|the) (?:[\p{Ll}\d\-]+ ){0,2}report of " + BODY_NAME_BARE + REPORT_BODY_END
    + r"(?=[,.;]| \p{Ll})(?!, \p{Lu})")


#: How far before "the report" a cue names its issuer is looked for, at most, in characters: one told of
#: pages before may no longer be in the reader's mind (and PolNeAR's gold keeps "the report" there).
REPORT_ISSUER_REACH = 3000


@functools.lru_cache(maxsize=64)
def report_issuers(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each body by its name is told of as issuing a report, in order: (start, end, name as written)."""
    if RE_REPORT_TOLD_OF.search(text) is None:  # (the cheap part of every match first)
        return ()
    found = []
    at = text.find("report")
    while at >= 0:  # (only the lines with "report": every match holds the word and none runs past its line's
        # end, so scanning each such line alone, its line break kept for what looks after, finds the same)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        found.extend((m.start(), m.end(), m.group("name")) for m in RE_REPORT_ISSUER.finditer(text, start, end + 1)
                     if not _after_capital(text, m) and not _joint_authors(m))
        at = text.find("report", end)
    return tuple(found)


#: A capitalised word right before a name matched (‘The Next Generation Housing Trust’ matched from
#: "Generation"): the name is cut short (w94a guard2 C). Not an article, an opening word nor a time
#: (‘A Care Quality Commission report’, ‘But the Harbour Trust’, ‘On Tuesday the Rail Safety Board’),
#: unless "the" comes before (‘The Next Generation Housing Trust’).
RE_CAPITAL_BEFORE = LazyPattern(r"(?<![\p{L}\-’'.])(?:(?<=\b(?i:the|an?) )|(?<!\b(?i:the|an?) )(?!(?:A|An|The|On|In|At|But|And|Or|So|Yet|Then|After|Before|When|While"
                                r"|Meanwhile|However|Separately|" + TIME_WORD_ALTERNATIVES + r")\b))\p{Lu}[\p{L}\-’'.]* $")


def _joint_authors(m) -> bool:
    """Whether a report "by" is by two bodies joined by "and the" (‘A report by Shelter and the National
    Housing Federation found’): none of them is its one issuer.

    >>> _joint_authors(RE_REPORT_ISSUER.search("A report by Shelter and the Housing Federation found it."))
    True
    >>> _joint_authors(RE_REPORT_ISSUER.search("A report by the Vale Fire and Rescue Service found it."))
    False
    """
    return " and the " in m.group("name") and "report by " in m.group(0)


def _after_capital(text: str, m) -> bool:
    """Whether the name matched comes right after a capitalised word, so is only part of a name."""
    at = m.start("name")
    return RE_CAPITAL_BEFORE.search(text[max(0, at - 60):at]) is not None


#: The documents :data:`RE_STATEMENT_ISSUER` finds the issuer of, named again by "the <noun>" at a cue.
TOLD_OF_DOCUMENT_NOUNS = frozenset("statement letter release email memo note post".split())

#: The nouns of a document a body is told of issuing as a sentence's subject (w109e; :data:`RE_STATEMENT_ISSUER`):
#: a bulletin or an advisory (‘The Marine Safety Board has issued an urgent safety bulletin’). Not a statement:
#: ‘X issued a statement. … “…,” the statement said’ is left to the statement readers (case statement-own-words).
#: A resolution a body passed or adopted too (‘The Carrow Faculty Senate passed a resolution of no confidence ….
#: The resolution stated that …“…”’, w117c).
SUBJECT_ISSUED_NOUNS = frozenset({"bulletin", "advisory", "resolution"})

#: The nouns of a claim a body by its name is told of filing in court (w115c; :data:`RE_STATEMENT_ISSUER`):
#: ‘Last week, the Pine Hollow Residents Association filed a lawsuit …. The lawsuit states: “…”’. Only a body's
#: (:func:`statement_issuers`): ‘Nunberg filed a petition …. The petition accuses …’ stays the petition's.
FILED_CLAIM_NOUNS = frozenset({"lawsuit", "suit", "complaint", "petition"})
SUBJECT_ISSUED_ALTERNATIVES = "|".join(sorted(SUBJECT_ISSUED_NOUNS | FILED_CLAIM_NOUNS))

#: Those nouns and the ones above as a pattern's alternatives (sorted), for :data:`RE_FRESH_DOCUMENT` and
#: :data:`RE_THE_TOLD_OF_DOCUMENT`.
TOLD_OR_ISSUED_ALTERNATIVES = "|".join(sorted(TOLD_OF_DOCUMENT_NOUNS | SUBJECT_ISSUED_NOUNS | FILED_CLAIM_NOUNS))

#: The nouns whose signer is told of set off right after them (:data:`SET_OFF_SIGNER`; w104b): those above
#: and a message, only there (‘a scam message from Swift Couriers’ is no courier's).
SET_OFF_DOCUMENT_ALTERNATIVES = "|".join(sorted(TOLD_OF_DOCUMENT_NOUNS | {"message"}))

#: The nouns a document told of may be named again by at a cue besides its own (w104b): a message is the
#: email a later cue names (‘The message, signed by Dean Ann Lee, … / “…,” the email read’).
#:
#: A lawsuit filed is the complaint or the suit a later cue names (‘X filed a lawsuit …. The complaint says’, w115c).
#:
#: >>> sorted(TOLD_OF_SAME_DOCUMENT["message"]), sorted(TOLD_OF_SAME_DOCUMENT["lawsuit"])
#: (['email', 'message'], ['complaint', 'lawsuit', 'suit'])
LAWSUIT_NAMES = frozenset({"lawsuit", "suit", "complaint"})
TOLD_OF_SAME_DOCUMENT = {"message": frozenset({"message", "email"}), "lawsuit": LAWSUIT_NAMES, "suit": LAWSUIT_NAMES}

#: The same nouns as a pattern's alternatives (sorted, so the pattern is the same in every run).
TOLD_OF_DOCUMENT_ALTERNATIVES = "|".join(sorted(TOLD_OF_DOCUMENT_NOUNS))

#: A name as written: a body's (‘the Harbour Police’) or a person's (‘Danladi’, ‘Mrs Ada Obi’).
NAME = (r"(?:(?<![\p{L}’'])the )?" + NOT_NAME_START + r"\p{Lu}[\p{L}\-’'&.]*(?: (?:(?:of|for|and|on)(?: the)? )?" + NOT_TIME
        + r"\p{Lu}[\p{L}\-’'&]*)*")

#: Where a sentence opens: the text's or a line's start, after a sentence's end, or after a line's dateline in
#: capitals and its dash (w121n: ‘WESTBROOK — Congregation X has filed suit’).
#:
#: >>> [m.start() for m in regex.finditer(SENTENCE_OPENING + "A", "A letter. A note, A memo\nA list")]
#: [0, 10, 25]
#: >>> [m.start() for m in regex.finditer(SENTENCE_OPENING + "A", "NEW ARDEN — A letter, Arden — A note")]
#: [12]
SENTENCE_OPENING = (r"(?:^|(?<=[.!?”\"] )|(?<=\n)"
                    r"|(?<=(?:^|\n)\p{Lu}[\p{Lu}.'’\-]*(?: \p{Lu}[\p{Lu}.'’\-]*){0,3} [—–] ))")

#: The parts of a doer set off after a document's participle (:data:`SET_OFF_SIGNER`, :data:`SET_OFF_FILER`): a time
#: or a place, "by" and one lower-case word of a role (the caller says how many); then the name and its comma.
SET_OFF_BY = r"(?: [^,.;\n“”\"]{1,40}?)? by (?:(?!(?:of|to|for|and|or|with|on|in|at|from|about)\b)[\p{Ll}\-]+ )"
SET_OFF_NAME = (r"(?P<name>" + NAME + r")"
                r"(?=,(?! (?:was|were|is|are|had been|has been) (?:signed|written|sent|drafted)\b))")

#: The signer or sender set off right after "The <noun>," opening a sentence (w104b): a participle of
#: signing, writing or sending, a time or a place between or not, "by", up to three lower-case words of a
#: role (‘principal’, ‘the nonpartisan’; never "of", "to" and the like, so never ‘by parents of Ann Lee’),
#: and the name (group ``name``; :data:`NAME`), then a comma: ‘The letter, signed by principal Ann Lee,’.
#: Never who published or posted it (‘The letter, published by the Guardian, was signed by 40 former
#: ambassadors’: a paper is no signer; review rv_w104b), nor a name its signers come after.
SET_OFF_SIGNER = r"(?:signed|written|sent|issued|released)" + SET_OFF_BY + "{0,3}" + SET_OFF_NAME

#: The one that filed a claim, set off the same way right after "The <claim's noun>," opening a sentence
#: (w145c): "filed", "lodged" or "brought", a court, a place or a time between or not, "by" and the name, then
#: a comma: ‘The lawsuit, filed in federal court in Denver by the Front Range Growers Alliance, cites …’. Only a
#: body's (:func:`statement_issuers`, as for a claim its subject filed): ‘The petition, filed by Ann Lee,’ stays
#: the petition's; never one who filed it for another (‘filed by lawyers for the X Alliance’: "for" stops the role).
#:
#: >>> regex.match(SET_OFF_FILER, "filed on Monday in Denver by the Vale Growers Alliance, cites").group("name")
#: 'the Vale Growers Alliance'
#: >>> regex.match(SET_OFF_FILER, "filed by lawyers for the Vale Growers Alliance, cites") is None
#: True
SET_OFF_FILER = r"(?:filed|lodged|brought)" + SET_OFF_BY + "{0,3}?" + SET_OFF_NAME  # (the fewest role words, so
# a body's "the" stays its name's: ‘the Vale Growers Alliance’)

#: A finite verb that makes the words between a document and "signed by" a clause of their own, about
#: another thing signed (‘An email … said the contract, signed by the former chief executive, X,’, ‘the
#: charge sheet was signed by …’): the signer is then no author of the document (w109e guard).
#:
#: >>> bool(regex.match(CLAUSE_VERB, "said the contract")), bool(regex.match(CLAUSE_VERB, "sent home on Monday"))
#: (True, False)
CLAUSE_VERB = r"\b(?:said|says|was|were|is|are|had|has|have|came)\b"

#: The signer named after a role set off before the name (w109e): "signed by", a role in lower case (group
#: ``role``, up to 60 characters, no comma; the caller checks it holds a role noun: :func:`_role_signer`),
#: then ", <name>" and a comma or a sentence's end: ‘a letter sent home on Monday, signed by the district's
#: head of schools, Dr. Ruth Amberley.’ Never a name a plain noun is set off with (‘signed by the mother of
#: the victim, Ann Lee,’), nor many signers (‘signed by hundreds of parents’).
#:
#: >>> regex.search(ROLE_SET_OFF_SIGNER, "signed by the club's honorary secretary, Gordon Pell, said").group("role", "name")
#: ("the club's honorary secretary", 'Gordon Pell')
#: >>> regex.search(ROLE_SET_OFF_SIGNER, "signed by hundreds of parents, said Ann Lee") is None
#: True
ROLE_SET_OFF_SIGNER = (r"signed by (?P<role>(?:the |a |an )?\p{Ll}[^,.;\n“”\"]{1,60}?), (?P<name>" + NAME
                       + r")(?=[,.](?:\s|$))")

#: A body's kind set off before its name, after "from" or "by" (‘in a blog post by the company, Gradient Skies,’;
#: w115c): the name after is the issuer.
#:
#: >>> regex.match(KIND_SET_OFF, "the company, Gradient Skies").group(), regex.match(KIND_SET_OFF, "the family, Ann Lee").group()
#: ('the company, ', '')
KIND_SET_OFF = r"(?P<kind_off>the (?:" + "|".join(sorted(BODY_NOUNS)) + r"), )?"

#: After a name set off by a body's kind, the comma that closes the set-off, never a role set off after it: the
#: name is the body's only so (‘by the company, Gradient Skies, has become’; never ‘from the club, Manager Tom
#: Reyes will remain’ nor ‘from the department, Ray Tolliver, a senior analyst,’, review rv115c).
#:
#: >>> [bool(RE_SET_OFF_CLOSED.match(t)) for t in (", has become", " will remain", ", a senior analyst,")]
#: [True, False, False]
RE_SET_OFF_CLOSED = LazyPattern(r", (?!(?:a|an|the|who|whose|aged|\d+)\b)")

#: A writer's role before their name, after a document the sentence opens with (‘In a memo to employees, Summit
#: Coast chief operating officer Brent Halloway wrote’; w117c): up to three capitalised words of a body, then up
#: to three lower-case words of the role, or none.
#:
#: >>> regex.match(ROLE_BEFORE_WRITER, "Summit Coast chief operating officer Brent Halloway").group()
#: 'Summit Coast chief operating officer '
#:
#: Never words that tell whose they are (‘Lawyers for Thomas Grayling’, ‘The widow of firefighter Dean
#: Rourke’: the writers are the lawyers and the widow, no role of his; review rv117c).
#:
#: >>> regex.match(ROLE_BEFORE_WRITER, "Lawyers for Thomas Grayling").group()
#: ''
ROLE_BEFORE_WRITER = r"(?:(?:\p{Lu}[\p{L}\-]* ){0,3}(?:(?!(?:of|for|to|with|and)\b)\p{Ll}[\p{Ll}\-]* ){1,3}(?=\p{Lu}))?"

#: A sender's role in lower case before their name, after "from" or "by" (‘according to a memo from business
#: manager Gail Rostad’): up to three words, group ``role``, which the caller checks ends in a role noun
#: (:func:`_role_signer`: never ‘from lawyers representing Ann Lee’); never an article, an owner's word or a
#: preposition (‘from the Harbour Trust’ keeps its "the").
#:
#: >>> regex.match(ROLE_BEFORE_SENDER, "business manager Gail Rostad").group("role")
#: 'business manager '
#: >>> regex.match(ROLE_BEFORE_SENDER, "the Harbour Trust").group("role") is None
#: True
ROLE_BEFORE_SENDER = (r"(?P<role>(?:(?!(?:the|a|an|its|his|her|their|of|for|to|with|and|in|at|on|by|from)\b)"
                      r"\p{Ll}[\p{Ll}\-]* ){1,3}(?=\p{Lu}))?")

#: A body by its kind in lower case, opening a sentence as the subject that passed or filed a document (w120l):
#: ‘The faculty senate passed a resolution of no confidence …. The resolution stated …’; up to two lower-case
#: words before the kind, never a possessive (‘the senate's’).
#:
#: >>> regex.match(KIND_ISSUER, "The faculty senate passed").group(), regex.match(KIND_ISSUER, "The man passed")
#: ('The faculty senate', None)
KIND_ISSUER = (r"[Tt]he (?:\p{Ll}[\p{Ll}\-]* ){0,2}(?:" + "|".join(sorted(BODY_NOUNS | (CHAMBER_WORDS - {"house"})))
               + r")(?![\p{L}’'])")
RE_KIND_ISSUER = LazyPattern(KIND_ISSUER)


#: The verb of a clause whose subject sent or issued the document it follows (‘a memo Vale Health sent to’,
#: ‘a letter the Harbour Trust has issued’), never one who only got, saw or read it (‘a letter Ann Lee received’),
#: nor one who may only have published another's (‘a memo the news agency posted/released’, review of w132e).
#:
#: >>> bool(regex.match(SENDING_VERB, "sent to pharmacies")), bool(regex.match(SENDING_VERB, "received on Monday"))
#: (True, False)
#: >>> bool(regex.match(SENDING_VERB, "posted on Friday")), bool(regex.match(SENDING_VERB, "released on Friday"))
#: (False, False)
SENDING_VERB = r"(?P<sent>(?:has |had |have )?(?:sent|issued|circulated|distributed|emailed|wrote))\b"


#: Who issued a statement, a letter or the like the sentence tells of (group ``noun`` the document's noun,
#: group ``name`` its issuer as written): one it came from (‘according to a statement from University
#: Police’, ‘in a letter signed by the Harbour Trust’, a sentence opening ‘A press release from Vale
#: University claiming …’; w96a), or the subject that acted in it (‘But Danladi, in
#: a statement he signed on Monday, rejected the outcome’). Never a document about someone (‘a letter
#: to the mayor’), nor an issuer only described (‘a statement from the company’).
#:
#: >>> m = RE_STATEMENT_ISSUER.search("arrested, according to a statement from Campus Police. The")
#: >>> m.group("noun"), m.group("name")
#: ('statement', 'Campus Police')
#: >>> m = RE_STATEMENT_ISSUER.search("But Okafor, in a statement he signed on Monday, rejected it")
#: >>> m.group("noun"), m.group("name")
#: ('statement', 'Okafor')
#: >>> RE_STATEMENT_ISSUER.search("But Ada Obi, the runner-up, in a statement issued on Monday, rejected it").group("name")
#: 'Ada Obi'
#: >>> RE_STATEMENT_ISSUER.search("cuts, according to a memo Vale Health sent to pharmacies").group("noun", "name")
#: ('memo', 'Vale Health')
#: >>> RE_STATEMENT_ISSUER.search("cuts, according to a memo Ann Lee received on Monday") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("Shares fell when the Vale Food Agency issued a warning letter to it").group("noun", "name")
#: ('letter', 'the Vale Food Agency')
#: >>> RE_STATEMENT_ISSUER.search("Shares fell while the Vale Food Agency issued a warning letter to it") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("Briefly. A press release from Vale University claimed").group("noun", "name")
#: ('release', 'Vale University')
#: >>> RE_STATEMENT_ISSUER.search("Late. The letter, signed by head teacher Ann Lee, said").group("noun", "name")
#: ('letter', 'Ann Lee')
#: >>> RE_STATEMENT_ISSUER.search("Late. In his letter, posted online, Mr Tom Reed said").group("noun", "name")
#: ('letter', 'Mr Tom Reed')
#: >>> RE_STATEMENT_ISSUER.search("Late. In a memo to staff seen by the Post, Vale chief executive Ann Lee wrote").group("noun", "name")
#: ('memo', 'Ann Lee')
#: >>> RE_STATEMENT_ISSUER.search("Late. Vale head teacher Ann Lee has written to parents").group("name", "wrote")
#: ('Ann Lee', 'written')
#: >>> RE_STATEMENT_ISSUER.search("Late. In a letter from the council to Ann Lee, Tom Reed said") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("Late. The letter, signed by parents of Ann Lee, said") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("It was run by the Vale Council of Faiths, which issued a joint statement").group("noun", "name")
#: ('statement', 'the Vale Council of Faiths')
#: >>> RE_STATEMENT_ISSUER.search("It was late. The Vale Safety Board has issued an urgent safety bulletin after").group("noun", "name")
#: ('bulletin', 'The Vale Safety Board')
#: >>> RE_STATEMENT_ISSUER.search("Late. The lawsuit, filed in Denver by the Vale Growers Alliance, cites").group("noun", "name")
#: ('lawsuit', 'the Vale Growers Alliance')
#: >>> RE_STATEMENT_ISSUER.search("He read a press release from Vale University") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("according to a statement from the company.") is None
#: True
#: >>> RE_STATEMENT_ISSUER.search("In a letter to Mayor Ruiz, residents said") is None
#: True
RE_STATEMENT_ISSUER = LazyPattern(
    r"\b(?:[Aa]ccording to|[Ii]n|issued|released|published|sent|posted) (?:a|an) (?:[\p{Ll}\-]+ )?(?P<noun>"
    + TOLD_OF_DOCUMENT_ALTERNATIVES + r")s? (?:from|by|issued by|released by|signed by|sent by) " + KIND_SET_OFF
    + ROLE_BEFORE_SENDER + "(?P<name>" + NAME + ")"
    # (w132e: the issuer a clause after the document names as its sender, "that" left out or not: ‘according to
    # a memo Vale Health sent to pharmacies’, ‘in a letter that the Harbour Trust issued on Monday’)
    + r"|\b(?:[Aa]ccording to|[Ii]n) (?:a|an) (?:[\p{Ll}\-]+ )?(?P<noun>" + TOLD_OF_DOCUMENT_ALTERNATIVES
    + r") (?:that )?" + NOT_NAME_START + r"(?P<name>" + NAME + r") " + SENDING_VERB
    + r"|" + SENTENCE_OPENING + r"(?:A|An) (?:[\p{Ll}\-]+ )?(?P<noun>" + TOLD_OF_DOCUMENT_ALTERNATIVES
    + r")s? (?:from|by|issued by|released by|signed by|sent by) " + KIND_SET_OFF + ROLE_BEFORE_SENDER + "(?P<name>" + NAME + ")"
    + r"|(?:" + SENTENCE_OPENING + r"|(?<=\b(?:But|And|Meanwhile) ))(?!(?:But|And|Meanwhile|However|Then|Later|Earlier|Separately)\b)(?P<name>" + NAME + r")(?:, (?:the|a|an) [\p{Ll}\-]+(?: [\p{Ll}\-]+){0,3})?, in (?:a|an) (?:[\p{Ll}\-]+ )?(?P<noun>"
    + TOLD_OF_DOCUMENT_ALTERNATIVES + r")\b(?:(?!\b(?:from|by)\b)[^,.;\n“”\"]){0,60}, "
    + r"(?!(?:was|is|has|had|were|are|have)\b)(?:\p{Ll}{2,}ed|says|writes|insists|claims|argues|adds|warns)\b(?! \p{Ll}+ed\b)"
    + r"|" + SENTENCE_OPENING + r"The (?:[\p{Ll}\-]+ )?(?P<noun>" + SET_OFF_DOCUMENT_ALTERNATIVES + r"), " + SET_OFF_SIGNER
    # (w145c: a claim with the body that filed it set off, ‘The complaint, filed in Boston by the X Alliance, cites …’)
    + r"|" + SENTENCE_OPENING + r"The (?:[\p{Ll}\-]+ )?(?P<noun>" + "|".join(sorted(FILED_CLAIM_NOUNS)) + r"), " + SET_OFF_FILER
    + r"|" + SENTENCE_OPENING + r"In (?:(?:his|her|their) (?:[\p{Ll}\-]+ )?(?P<noun>" + TOLD_OF_DOCUMENT_ALTERNATIVES
    + r")\b|(?:a|an) (?:[\p{Ll}\-]+ )?(?P<noun>" + TOLD_OF_DOCUMENT_ALTERNATIVES + r") to (?!(?:from|by)\b)[^,.;\n“”\"]{1,80}?)"
    + r"(?:, [^,.;\n“”\"]{1,80})?, " + ROLE_BEFORE_WRITER + NOT_NAME_START + r"(?P<name>" + NAME
    + r") (?:said|says|wrote|writes|warned|warns|added|argued|told)\b"
    # (w109e: ‘in a letter sent home on Monday, signed by the head of schools, Dr. Ruth Amberley.’)
    + r"|\b(?:[Tt]he|[Aa]n?) (?:[\p{Ll}\-]+ )?(?P<noun>" + SET_OFF_DOCUMENT_ALTERNATIVES
    + r")\b(?:,? (?:(?!" + CLAUSE_VERB + r")[^.;\n“”\"]){1,100}?)?,? " + ROLE_SET_OFF_SIGNER
    # (w109e: ‘organised by the Harbour Council of Churches, which issued a joint statement signed by …’)
    + r"|(?<=\b(?:by|with|from|and|[Tt]he) |(?:^|(?<=[.!?”\"] )|(?<=\n)))(?P<name>" + NAME + r"), which (?:has |had |also )?"
    + r"(?:issued|released|published|posted|sent) (?:a|an) (?:[\p{Ll}\-]+ ){0,2}(?P<noun>" + TOLD_OF_DOCUMENT_ALTERNATIVES + r")\b"
    # (w109e: ‘The Marine Safety Board has issued an urgent safety bulletin after …’; a time set off before
    # it or not, and a claim filed, w115c: ‘Last week, the X Association filed a lawsuit in …’, or with no
    # article, w121n: ‘Congregation Y has filed suit against …’)
    + r"|" + SENTENCE_OPENING + r"(?:(?:" + TIME_WORD_ALTERNATIVES + r"|On|In)\b[^,.;\n“”\"]{0,30}, )?(?P<name>" + NAME
    + r"|" + KIND_ISSUER + r") (?:has |had |have )?(?:also )?(?:issued|released|published|put out|filed|lodged|passed|adopted) "
    + r"(?:(?:a|an) (?:[\p{Ll}\-]+ ){0,3}(?P<noun>" + SUBJECT_ISSUED_ALTERNATIVES + r")|(?<=filed )(?P<noun>suit))\b"
    # (w132e: a body or one named that issued a letter, opening a sentence or a clause of time or cause: ‘Shares
    # fell when the Vale Food Agency issued a warning letter to the plant. The warning letter said …“…”’)
    + r"|(?:" + SENTENCE_OPENING + r"|(?<=\b(?:after|when|since|because|once) ))" + NOT_NAME_START + r"(?P<name>" + NAME
    + r") (?:has |had |have )?(?:also )?issued (?:a|an) (?:[\p{Ll}\-]+ ){0,2}(?P<noun>letter)\b"
    # (w117c: one the sentence opens with who wrote to someone, a letter: ‘Headteacher Gareth Pryce wrote to
    # parents on Wednesday …. The letter asked parents …“…”’; group ``wrote``, no noun)
    + r"|" + SENTENCE_OPENING + ROLE_BEFORE_WRITER + NOT_NAME_START + r"(?P<name>" + NAME
    + r") (?:has |had )?(?:also )?(?P<wrote>wrote|written) to\b",
    flags=regex.M)

#: A report's mention that names its body inside after "of" (w128b): ‘the report of the Harwell Inquiry’,
#: ‘The 90-page report of the Water Review Panel’; group ``name``, the body, whose name ends in a word of
#: :data:`REPORT_BODY_WORDS` and ends the mention (never ‘the report of the Harwell Hospital’, an institution
#: reported on, nor ‘a report of the Board's failings’).
#:
#: >>> RE_REPORT_OF_BODY.fullmatch("The 90-page report of the Water Review Panel").group("name")
#: 'the Water Review Panel'
#: >>> RE_REPORT_OF_BODY.fullmatch("the report of the Harwell Hospital") is None
#: True
RE_REPORT_OF_BODY = LazyPattern(r"(?i:an?|the) (?:[\p{Ll}\d\-]+ ){0,2}(?:report|findings) of " + BODY_NAME_BARE
                                + REPORT_BODY_END)


def report_body_inside(mention: Mention) -> Person | None:
    """The body a report's mention names inside it after "of" (‘“…,” said the report of the Harwell Inquiry’ is
    the inquiry's, :data:`RE_REPORT_OF_BODY`), as "a memo from X" is X's; None for any other mention."""
    if " of " not in mention.text:
        return None  # (cheap: most mentions name no body after "of")
    m = RE_REPORT_OF_BODY.fullmatch(mention.text)
    return Person(m.group("name"), kind="organisation") if m is not None else None


#: Any document of those nouns brought in afresh (‘a new statement’, ‘another letter’), after which
#: "the <noun>" may be that one instead.
#:
#: >>> RE_FRESH_DOCUMENT.search("Later, another statement said").group("noun")
#: 'statement'
RE_FRESH_DOCUMENT = LazyPattern(r"(?:\b(?i:a|an|another|its|his|her|their|the following)|\p{L}[’']s|\p{L}s[’']) (?:[\p{L}\-]+ )?(?P<noun>"
                                + TOLD_OR_ISSUED_ALTERNATIVES + r")\b"
                                # (w94a guard2 B: ‘The family statement’, ‘The traders’ letter’)
                                + r"|\b(?i:the) \p{Ll}[\p{Ll}\-]* (?P<noun>"
                                + TOLD_OR_ISSUED_ALTERNATIVES + r")\b")

#: How far before its cue a statement's issuer is looked for, at most, in characters.
STATEMENT_ISSUER_REACH = 1500


@functools.lru_cache(maxsize=64)
def statement_issuers(text: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """Where each issuer of a statement or the like is told of, in order: (start, end, noun, name as
    written, whether the name is cut short by this module's pattern, for the mention readers to read:
    ‘from Assistant U.S. Attorney Ann Lee’, ‘from Harris family attorney Ben Crump’; w96a)."""
    found = []
    for m in RE_STATEMENT_ISSUER.finditer(text):
        if m.group("kind_off") is not None and RE_SET_OFF_CLOSED.match(text, m.end("name")) is None:
            continue  # (the kind's name a clause's subject or a person with a role: review rv115c)
        if m.group("noun") in FILED_CLAIM_NOUNS and not _body_by_name(m.group("name")):
            continue  # (a claim only a body's: ‘Nunberg filed a petition’ stays the petition's; w115c)
        if m.group("role") is not None and not _role_signer(m.group("role")):
            continue  # (‘signed by the mother of the victim, Ann Lee,’: no role of the signer's; w109e)
        if RE_NOT_SOLE_ISSUER.match(text, m.end("name")) is not None:
            continue  # (‘A statement from Father Tom Kelly on behalf of the family’, ‘A letter signed by Dr
            # Ann Lee and 40 other consultants’: no one issuer of their own; w96a)
        if m.group("wrote") is not None and (_body_by_name(m.group("name")) or " for " in m.group("name") or " of " in m.group("name")):
            continue  # (a body that wrote to someone leaves its letter as written: case owners-message-and-captions;
            # so do those who wrote for or of another, ‘Lawyers for Thomas Grayling wrote to the council’, review rv117c)
        if m.group("sent") is not None:
            if _issuer_name_whole(text, m):
                found.append((m.start(), m.end(), _told_noun(m), m.group("name"), False))
            # (its verb right after the name: no modifier nor a name cut short there, ‘an email that Okoro sent
            # on Monday’, w132e)
        elif _plain_issuer(text, m):
            found.append((m.start(), m.end(), _told_noun(m), m.group("name"), False))
        elif _cut_issuer(text, m):
            found.append((m.start(), m.end(), _told_noun(m), m.group("name"), True))
    return tuple(found)


def _told_noun(m) -> str:
    """The noun of the document a match of :data:`RE_STATEMENT_ISSUER` tells of: its own, or a letter where
    one wrote to someone (‘Headteacher Ann Lee wrote to parents’).

    >>> _told_noun(RE_STATEMENT_ISSUER.search("Late. Headteacher Ann Lee wrote to parents on Monday."))
    'letter'
    """
    return m.group("noun") or "letter"


#: The first words of a body's name with no body's word in it (‘Congregation Beth Israel’, a synagogue's; w121n).
BODY_NAME_OPENERS = frozenset({"Congregation"})


def _body_by_name(name: str) -> bool:
    """Whether an issuer's name is a body's (:func:`is_organisation`, a word of :data:`REPORT_BODY_WORDS`, or
    one of :data:`BODY_NAME_OPENERS` before more of the name).

    >>> _body_by_name("the Pine Hollow Residents Association"), _body_by_name("Sam Nunberg")
    (True, False)
    >>> _body_by_name("Congregation Ohr Torah"), _body_by_name("Congregation")
    (True, False)
    """
    words = name.removeprefix("the ").removeprefix("The ").split()
    return is_organisation(words) or is_report_body(name) or (len(words) > 1 and words[0] in BODY_NAME_OPENERS)


#: Right after an issuer's name, what makes them not its one issuer: one who reads or sends it for another
#: (‘ on behalf of the family’), or one of several signers (‘ and 40 other consultants’, ‘, among others’).
#:
#: >>> [bool(RE_NOT_SOLE_ISSUER.match(t)) for t in (" on behalf of the family", " and 40 others", " was read")]
#: [True, True, False]
RE_NOT_SOLE_ISSUER = LazyPattern(r",? on behalf of\b|" + RE_CO_SIGNERS_AFTER.pattern)


#: Where a signer's role stops being its head noun (‘head| of schools’, ‘the school's| acting head’).
#:
#: >>> RE_ROLE_HEAD_END.split("the district's head of schools", maxsplit=1)[0]
#: "the district's head"
RE_ROLE_HEAD_END = LazyPattern(r" (?:of|for|at|in|acting|from|with)\b")


def _role_signer(role: str) -> bool:
    """Whether a role set off before a signer's name (:data:`ROLE_SET_OFF_SIGNER`) is one: a role noun
    in the singular, no kin, before any word of :data:`RE_ROLE_HEAD_END` (‘the district's head of schools’, ‘the club's
    honorary secretary’), never a plural or a plain noun (‘hundreds of parents’, ‘the mother of the victim’).

    >>> _role_signer("the district's head of schools"), _role_signer("the mother of the victim"), _role_signer("its chairmen")
    (True, False, False)
    >>> _role_signer("the school's headmistress"), _role_signer("its directors")
    (True, False)
    """
    head = RE_ROLE_HEAD_END.split(role, maxsplit=1)[0].split()
    word = head[-1].lower() if head else ""
    return word in ROLE_NOUNS - KIN_NOUNS and not (word.endswith("s") and not word.endswith("ss"))  # (a plural, never
    # "headmistress" or "boss")


def _cut_issuer(text: str, m) -> bool:
    """Whether the issuer matched is refused only for a name cut short or used as a modifier (a
    capitalised word or a full stop inside a word after it, lower-case words and a name after it), so
    the mention readers may read it whole (‘Assistant U.S. Attorney Ann Lee’, ‘Harris family attorney
    Ben Crump’; w96a)."""
    name = m.group("name")
    if name.endswith(("’s", "'s", "’", "'")) or _after_capital(text, m) or RE_TWO_TITLED.search(name) is not None \
            or (RE_OPENING_FROM.match(text, m.start()) is not None and RE_NAMED_SUBJECT_AFTER.match(text, m.end("name")) is not None):
        return False
    cut = RE_NAME_CUT.match(text, m.end("name"))
    return (cut is not None and not cut.group().startswith(",")) or RE_MODIFIER_AFTER.match(text, m.end("name")) is not None


#: Two titled people joined by "and" (‘Ms Priya Patel and Mr Tom Reed’): no one issuer (w94a guard A).
RE_TWO_TITLED = LazyPattern(r"^(?:Councillors|Drs|MPs|Messrs|Professors|Senators|Reps)\b|\band (?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Councillor|Cllr|Rev)\b")

#: A name used as a modifier, a lower-case noun and a name after it (‘a post from Love Island star Jess
#: Hart’): the name is not the issuer (w94a guard A).
RE_MODIFIER_AFTER = LazyPattern(r" (?!(?:on|in|at|of|for|and|or|the|to|by|from|after|before|with|about|over)\b)(?:\p{Ll}+ ){1,3}\p{Lu}")
# (w94a guard2 D: up to three lower-case words, ‘from Harris family attorney Ben Crump’)

#: What right after an issuer's name shows it is cut short or a place (w94a guard2 D): a capitalised word
#: (‘from Sheffield Wednesday’ stops at the time word), a full stop inside a word (‘Assistant U.S.
#: Attorney’), or a place's "where" (‘In a note from Broadmoor Hospital, where he is held, Carl Rees’).
RE_NAME_CUT = LazyPattern(r" \p{Lu}|\.\p{L}|, where\b")

#: After a "from" issuer that opens the sentence, a clause and then a named subject (‘In a note from
#: Broadmoor Hospital, where he is held, Carl Rees apologised’): that subject may have written it.
RE_NAMED_SUBJECT_AFTER = LazyPattern(r",[^.;\n“”\"]{1,100}?, (?!(?:The|A|An|But|And|In|On|At)\b)\p{Lu}")

#: A "from" issuer opening the sentence with a comma after it (‘In a note from Broadmoor Hospital, …,
#: Carl Rees apologised’): the subject after may have written it, so no issuer (w94a guard2 D).
RE_OPENING_FROM = LazyPattern(r"In (?:a|an) (?:[\p{Ll}\-]+ )?\p{Ll}+s? (?:from|by|issued by|released by|signed by|sent by) ")


#: Two names joined by "and" (‘Ann Lee and Tom Reed’, ‘X and the Y’): no one issuer unless a body's name
#: holds the "and" (w94a guard2 D).
#:
#: >>> RE_AND_CAPITAL.search("Councillors Ann Lee and Tom Reed") is not None, RE_AND_CAPITAL.search("Lee and others")
#: (True, None)
RE_AND_CAPITAL = LazyPattern(r" and (?:the )?\p{Lu}")


def _issuer_name_whole(text: str, m) -> bool:
    """Whether the name matched is an issuer's whole, as written: not a possessive (‘a statement from
    Smith’s lawyer’ is the lawyer's — no issuer then), not the tail of a capitalised name before it
    (:func:`_after_capital`), not two titled people."""
    name = m.group("name")
    return not name.endswith(("’s", "'s", "’", "'")) and not _after_capital(text, m) and RE_TWO_TITLED.search(name) is None


def _plain_issuer(text: str, m) -> bool:
    """Whether the issuer matched is one (w94a guard A): a name whole (:func:`_issuer_name_whole`), not a
    modifier of a name after it nor cut short before it, not a list of named people."""
    if not _issuer_name_whole(text, m):
        return False
    name = m.group("name")
    if RE_NAME_CUT.match(text, m.end("name")) is not None \
            or (RE_OPENING_FROM.match(text, m.start()) is not None and RE_NAMED_SUBJECT_AFTER.match(text, m.end("name")) is not None):
        return False
    if " and " in name and not is_organisation(name.removeprefix("the ").removeprefix("The ").split()) \
            and RE_AND_CAPITAL.search(name):
        return False  # (‘signed by Councillors Ann Lee and Tom Reed’; w94a guard2 D)
    return RE_MODIFIER_AFTER.match(text, m.end("name")) is None


def statement_issuer_told_of(text: str, at: int, noun: str, modifier: str | None = None) -> tuple[int, str, bool] | None:
    """Where the issuer of the last "<noun>" told of before ``at`` is named, and the name as written, when
    it is near and no other document of that noun is brought in between (‘according to a statement from
    Campus Police. The statement said …’), and whether the name is cut short (:func:`statement_issuers`).

    >>> t = "They left, according to a statement from Campus Police. The statement said"
    >>> statement_issuer_told_of(t, t.rindex("The statement"), "statement")
    (41, 'Campus Police', False)
    >>> t = "They left, according to a statement from Campus Police. Later a new statement came. The statement said"
    >>> statement_issuer_told_of(t, t.rindex("The statement"), "statement") is None
    True
    """
    told = [f for f in statement_issuers(text)
            if (f[2] == noun or noun in TOLD_OF_SAME_DOCUMENT.get(f[2], ())) and f[1] <= at
            and (modifier is None or f" {modifier} {noun}" in text[f[0]:f[1]])]  # (‘a warning letter’ for
    # ‘the warning letter’, when the mention has a word before its noun: the one told of with that word)
    if not told or at - told[-1][1] > STATEMENT_ISSUER_REACH:
        return None
    if any(m.group("noun") in (noun, told[-1][2]) for m in RE_FRESH_DOCUMENT.finditer(text, told[-1][1], at)):
        return None
    start, _, _, name, cut = told[-1]
    return text.index(name, start), name, cut


#: "The <noun>" a cue names, with nothing else to say whose: group ``noun`` the noun; or with one lower-case word
#: before it (group ``modifier``), which the document told of must have had too (‘a warning letter …. The
#: warning letter said’, w132e; never ‘the police statement’ after ‘a statement from the family’).
#:
#: >>> RE_THE_TOLD_OF_DOCUMENT.fullmatch("The statement").group("noun"), RE_THE_TOLD_OF_DOCUMENT.fullmatch("the police statement").group("modifier")
#: ('statement', 'police')
RE_THE_TOLD_OF_DOCUMENT = LazyPattern(r"(?i:the) (?:(?P<modifier>\p{Ll}[\p{Ll}\-]*) )?(?P<noun>" + TOLD_OR_ISSUED_ALTERNATIVES + ")")


#: Right after "the <noun>", its own sender set off (‘The letter, from the residents' association, said’): that
#: one's, never the issuer told of before (w117c; case investig-letter-from-definite-body-not-author).
#:
#: >>> bool(RE_OWN_SENDER_AFTER.match(", from the residents' association,")), bool(RE_OWN_SENDER_AFTER.match(", seen by the Echo,"))
#: (True, False)
#:
#: Its author too (‘The institute's paper, written by economist Clara Fenn, argued’), but never the way it
#: came (‘The letter, sent by email on Friday, said’; review rv117c).
#:
#: >>> bool(RE_OWN_SENDER_AFTER.match(", written by economist Clara Fenn,")), bool(RE_OWN_SENDER_AFTER.match(", sent by email on Friday,"))
#: (True, False)
RE_OWN_SENDER_AFTER = LazyPattern(r", (?:from|(?:signed|sent|written|issued|drafted|authored|prepared) by)\b"
                                  r"(?= (?:\p{Lu}|the |a |an |its |his |her |their |\p{Ll}+ \p{Lu}))")


def issuer_told_of(text: str, mention: Mention, cast: Cast) -> Person | None:
    """Who issued "the statement" (letter, release…) a cue names, when the article told of it before
    with its issuer (:func:`statement_issuer_told_of`): a body by its name, or the person the name is;
    never where the mention sets off a sender of its own (:data:`RE_OWN_SENDER_AFTER`)."""
    if (the := RE_THE_TOLD_OF_DOCUMENT.fullmatch(mention.text)) is None \
            or RE_OWN_SENDER_AFTER.match(text, mention.end) is not None \
            or (told := statement_issuer_told_of(text, mention.start, the.group("noun").lower(), the.group("modifier"))) is None:
        return None
    at, name, cut = told
    if cut:  # (a name this module's pattern cuts short, as the mention readers read it whole, or none)
        return sender_named_at(text, at, at + SENDER_READ_REACH, cast, past=at + len(name))
    if len(name.split()[-1].rstrip(".")) < 2:
        return None  # (never a one-letter surname; w94a guard2 D)
    if RE_KIND_ISSUER.fullmatch(name) is not None:
        return _sole_body_of_kind(text, at, name.split()[-1].lower(), cast) or _kind_issuer(name)  # (the one body
        # of the kind the article names, as for "the council said": ‘The X Town Council …. The council adopted
        # a resolution’, w121n; else as written)
    if _body_by_name(name):
        return Person(name, kind="organisation")  # (a body the name lists miss by its word, ‘The Offshore
        # Safety Investigation Branch has issued a bulletin’, w109e)
    if name[:1].isupper() and not name.startswith("The "):
        person, _ = cast.resolve(Mention(at, at + len(name), name, "name"))
        return person if person is not None and person.kind == "name" else None
    # (a role, the one who holds it named after it: ‘in a statement by the Commissioner for Information,
    # Mrs Ada Obi,’ is Ada Obi's, as the mention readers read her; w96a)
    return sender_named_at(text, at, at + SENDER_READ_REACH, cast, past=at + len(name))


def _kind_issuer(name: str) -> Person:
    """The body a lower-case kind (:data:`KIND_ISSUER`) names, as written (w120l).

    >>> _kind_issuer("The faculty senate").name
    'the faculty senate'
    """
    return Person(name[:1].lower() + name[1:], kind="organisation")


#: The nouns of a document a mention may name with its issuing body before them, as its modifier (‘An
#: internal Department of Defence brief’, ‘a Home Office report’).
BODY_MODIFIED_NOUNS = frozenset("""report brief briefing memo memorandum review audit assessment advisory notice
guidance circular statement letter submission analysis evaluation""".split())

#: A mention of a document with a body's name as its modifier (w108d): group ``body``, the name, group
#: ``doc``, the noun; the caller checks the name is a body's (:func:`is_report_body`).
#:
#: >>> RE_BODY_MODIFIED_DOCUMENT.fullmatch("An internal Department of Defence brief").group("body", "doc")
#: ('Department of Defence', 'brief')
#: >>> RE_BODY_MODIFIED_DOCUMENT.fullmatch("a leaked internal memo") is None
#: True
BODY_MODIFIER_LEAD = (r"(?i:an?|the) (?:(?:new|internal|confidential|leaked|draft|final|secret|classified|annual|latest|recent|separate) ){0,3}"
                      r"(?P<body>\p{Lu}[\p{L}\-&]*(?: (?:(?:of|for|and|on)(?: the)? )?\p{Lu}[\p{L}\-&]*){1,6}) ")
RE_BODY_MODIFIED_DOCUMENT = LazyPattern(BODY_MODIFIER_LEAD + r"(?P<doc>\p{Ll}+)")

#: The same body's name and its article right before where a document's noun stands in the text (w145c): a
#: pattern searched up to the noun, for :func:`body_modifying_document_at`.
#:
#: >>> t = "Late. The Federal Audit Office report found that"
#: >>> RE_BODY_MODIFIER_BEFORE.search(t, 0, t.index("report")).group("body")
#: 'Federal Audit Office'
#: >>> RE_BODY_MODIFIER_BEFORE.search("Late. Ann Lee read the report", 0, 25) is None
#: True
RE_BODY_MODIFIER_BEFORE = LazyPattern(r"(?<![\p{L}’'])" + BODY_MODIFIER_LEAD + "$")


#: Another named as a document's maker right after its mention (‘A Post Office review, conducted by the
#: forensic accountants X,’): the body before the noun is what it is about.
#:
#: >>> bool(RE_MADE_BY_AFTER.match(", conducted by the forensic accountants X,")), bool(RE_MADE_BY_AFTER.match(", obtained by Guardian Australia,"))
#: (True, False)
RE_MADE_BY_AFTER = LazyPattern(r",? (?:conducted|carried out|led|prepared|written|produced|compiled|commissioned|drawn up) by\b")


def body_modifying_document(text: str, mention: Mention) -> Person | None:
    """The body a document's mention names as its modifier (‘An internal Department of Defence brief,
    obtained by Guardian Australia, warned that the program faced “…”’ is the department's, w108d); never a
    name that is no body's (‘a Bill Gates memo’ is left to the name readers), nor a document it only got."""
    m = RE_BODY_MODIFIED_DOCUMENT.fullmatch(mention.text)
    if m is None or m.group("doc") not in BODY_MODIFIED_NOUNS or not is_report_body(m.group("body")) \
            or RE_MADE_BY_AFTER.match(text, mention.end) is not None:
        return None
    return Person(m.group("body"), kind="organisation")


#: How far before a document's noun its body's name as its modifier is looked for, in characters.
BODY_MODIFIER_REACH = 120


#: A document's noun, one or more (:data:`BODY_MODIFIED_NOUNS`, :data:`~quotesearch.document_words.AUTHORED_NOUNS`),
#: standing between a body's document and its naming again: another document, or the same noun named nearer,
#: that the one named again may be (gd145c).
#:
#: >>> bool(RE_DOCUMENT_NOUN_BETWEEN.search(" The state released its own review of the deal. "))
#: True
#: >>> bool(RE_DOCUMENT_NOUN_BETWEEN.search(" The council found two audits. "))
#: True
#: >>> RE_DOCUMENT_NOUN_BETWEEN.search(" was reviewed and reported on. ") is None
#: True
RE_DOCUMENT_NOUN_BETWEEN = LazyPattern(r"\b(?i:" + "|".join(sorted(BODY_MODIFIED_NOUNS | AUTHORED_NOUNS)) + r")s?\b")


def body_modifying_document_at(text: str, start: int, end: int, until: int) -> Person | None:
    """The body named as the modifier of the document's noun at ``start``–``end`` (‘The Federal Audit Office report
    found …. / “…,” the report said.’: the report named again is the office's, read back, w145c), as
    :func:`body_modifying_document` reads a mention; never a document its maker is set off after (‘A Post
    Office review, conducted by the forensic accountants X,’ is only about the Post Office), nor one read back
    past a document's noun before ``until``, where it is named again (‘A Commission review backed the formula. The
    state released its own review. / “…,” the review said’ may be the state's: left the review's, gd145c).

    >>> t = "The Federal Audit Office report found waste. “None,” the report said."
    >>> body_modifying_document_at(t, 25, 31, t.rindex("the report")).name
    'Federal Audit Office'
    >>> t = "A Federal Audit Office report found waste. The city wrote its own report. “None,” the report said."
    >>> body_modifying_document_at(t, 23, 29, t.rindex("the report")) is None
    True
    """
    if text[start:end].lower() not in BODY_MODIFIED_NOUNS or RE_MADE_BY_AFTER.match(text, end) is not None \
            or RE_DOCUMENT_NOUN_BETWEEN.search(text, end, until) is not None:
        return None
    m = RE_BODY_MODIFIER_BEFORE.search(text, max(0, start - BODY_MODIFIER_REACH), start)
    return Person(m.group("body"), kind="organisation") if m is not None and is_report_body(m.group("body")) else None
