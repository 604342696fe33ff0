"""Documents, writings and messages that say things: reports, letters, notes, court writings and
judges, issued documents, signs, screens, platforms and campaign material, who wrote or sent them,
and the heads of descriptions that are things, not people (THING_NOUNS).
"""

from __future__ import annotations
from quotesearch.lexicon import LazyPattern, wordset


#: Forms of the verb of writing (‘wrote’, ‘writes’), and the things one writes that hold no one's words
#: (‘wrote checks to herself’, ‘wrote software that skimmed’): after the verb, no cue.
#:
#: >>> "wrote" in WRITING_VERBS, "cheques" in WRITTEN_THINGS, "letter" in WRITTEN_THINGS
#: (True, True, False)
WRITING_VERBS = wordset("write writes wrote writing written")
WRITTEN_THINGS = wordset("""
check checks cheque cheques software code prescription prescriptions ticket tickets invoice invoices receipt receipts
""")

#: Papers that keep what was said at a meeting or in an office (‘Cabinet minutes of April 10 record
#: the premier, X, saying …’, ‘Board minutes show the chairman, Y, saying …’), and the verbs by which
#: they keep it: the one they show saying the words speaks, never the papers nor the body named
#: before them.
#:
#: >>> "minutes" in MINUTE_NOUNS, "record" in MINUTE_VERBS, "report" in MINUTE_NOUNS
#: (True, True, False)
MINUTE_NOUNS = wordset("minutes files papers documents records notes transcript transcripts")
MINUTE_VERBS = wordset("record records recorded show shows showed")

#: Pieces of writing that :func:`quotesearch.titles._is_work_noun` leaves out (a news "article" is
#: mostly the report itself) but whose title a report may set off after them, with a clause about
#: the piece after it (‘a 2014 journal article, “The Quiet Court,” in which the judge argued’).
TITLED_WRITING_NOUNS = wordset("article essay paper column thesis dissertation lecture")


#: What one person writes for themselves or to their own (a letter home, a diary and its entries):
#: where the article has named whose it is ("the diary of Klaus Dietz", "letters written by Private
#: Albert Fenn", "Morimoto kept a diary"), what "the letter reads" or "an entry reads" is the writer's.
#:
#: >>> "diary" in WRITING_NOUNS, "report" in WRITING_NOUNS
#: (True, False)
WRITING_NOUNS = wordset("letter letters diary diaries entry entries notebook journal postcard telegram")

#: Short writings, besides :data:`WRITING_NOUNS`, that one person signs and hands over, whose words
#: are the signer's when one is set off after the noun (‘The note, signed by the forewoman, read: “…”’).
#:
#: >>> "note" in SIGNED_NOTE_NOUNS, "report" in SIGNED_NOTE_NOUNS
#: (True, False)
SIGNED_NOTE_NOUNS = wordset("note memo memorandum")

#: Papers one person left that others keep, find or hand on (‘The letters, which her grandniece, X,
#: found in a trunk’, ‘The diary, which his son, Y, gave to the museum’): the kin who found them
#: are never the one who wrote them.
#:
#: >>> "diaries" in KEPT_WRITINGS, "report" in KEPT_WRITINGS
#: (True, False)
KEPT_WRITINGS = WRITING_NOUNS | wordset("notebooks journals papers memoir memoirs correspondence manuscript manuscripts")

#: Of those, what only a person keeps or sends (never a body's "letter", nor a "journal" that
#: publishes): with no writer named, what "the entry reads" is no one's, never the entry's.
#:
#: >>> "diary" in PRIVATE_WRITING_NOUNS, "letter" in PRIVATE_WRITING_NOUNS
#: (True, False)
PRIVATE_WRITING_NOUNS = wordset("diary diaries notebook postcard")

#: How much of a writing is quoted, said between its verb and the colon (‘It reads, in part:’, ‘The entry
#: reads in its entirety:’, ‘The note ends, in full:’): no part of who wrote it; read past to the verb.
#:
#: >>> ("in", "part") in QUOTED_EXTENT_PHRASES, ("in", "court") in QUOTED_EXTENT_PHRASES
#: (True, False)
QUOTED_EXTENT_PHRASES = frozenset({("in", "part"), ("in", "full"), ("in", "its", "entirety"), ("in", "whole"),
                                   ("in", "parts")})

#: The verbs of a writing's words that :data:`QUOTED_EXTENT_PHRASES` may follow (‘reads, in part:’,
#: ‘ends in full:’); never a person's "said in part", which the cue rules read already.
#:
#: >>> "reads" in EXTENT_WRITING_VERBS, "said" in EXTENT_WRITING_VERBS
#: (True, False)
EXTENT_WRITING_VERBS = wordset("reads read begins began opens opened ends ended states stated runs ran")

#: Participles that open an aside after a writing's noun saying when or where it was written (‘The last
#: letter, dated May 3, 1944, ends:’, ‘The card, postmarked Cork, reads:’): read past to its verb.
#:
#: >>> "dated" in WRITING_DATE_PARTICIPLES, "signed" in WRITING_DATE_PARTICIPLES
#: (True, False)
WRITING_DATE_PARTICIPLES = wordset("dated postmarked")

#: Verbs of one showing or reading out to the reporter what someone else wrote (‘He shows me Tuesday's:’,
#: ‘She pulls up the last one:’, ‘He reads me one:’): the one who shows it is no writer of the words after
#: the colon.
#:
#: >>> "shows" in WRITING_SHOWING_VERBS, "says" in WRITING_SHOWING_VERBS
#: (True, False)
WRITING_SHOWING_VERBS = wordset("shows showed shown hands handed passes passed scrolls scrolled")

#: What one person writes and puts out under their own name, whose words are the writer's when a
#: possessive pronoun owns it (‘Her caption read, “…”’, ‘His tweet said: “…”’, ‘“…,” her post read’):
#: the one "her" is, never a speaker called "Her caption".
#:
#: A report, a memo or a diary one person wrote is theirs too (‘Her 1988 report described …’, of the
#: judge who chaired an inquiry; ‘His diary records’), a body's never being "his" or "her"; and a critic's
#: or a columnist's piece (‘His 2017 review called the food …’, ‘Her column described …’, w106e).
#:
#: >>> "caption" in OWN_WRITINGS, "report" in OWN_WRITINGS, "review" in OWN_WRITINGS, "book" in OWN_WRITINGS
#: (True, True, True, False)
OWN_WRITINGS = wordset("caption post tweet message note email letter statement text report memo memorandum diary review column"
                        " announcement")

#: A court's writings, and the court itself, as a cue's speaker, by the kind of writer each has: the
#: majority's opinion or the lead judgment its author, a dissent the dissenter, an order the judge who
#: passed it, "the court" a judge who sits alone (‘“…,” the majority opinion reads’, ‘the dissent said’).
#:
#: >>> COURT_WRITINGS["the majority opinion"], COURT_WRITINGS["the dissent"], COURT_WRITINGS["the court"]
#: ('opinion', 'dissent', 'court')
COURT_WRITINGS = {
    "the majority opinion": "opinion", "the majority judgment": "opinion", "the lead judgment": "opinion",
    "the leading judgment": "opinion", "the majority ruling": "opinion", "the majority": "opinion",
    "the dissent": "dissent", "the dissenting opinion": "dissent", "the dissenting judgment": "dissent",
    "the minority opinion": "dissent", "the minority judgment": "dissent",
    "the order": "order", "the interim order": "order", "the court's order": "order",
    "the court": "court", "the bench": "court",
}

#: A judge named with a judicial title (‘Justice P. Venkatesan’, ‘Lord Hendry’, ‘Judge Aileen Dunne’):
#: group "name" the name after the title.
_JUDGE = (r"(?:Chief |Associate |Senior |Presiding |High Court |Circuit |District )?(?:Justice|Judge|Lord|Lady|Dame) "
          r"(?P<name>(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)(?: \p{Lu}[\p{L}\p{M}’'\-]*\.?){0,3})(?![\p{L}\p{M}])")

#: A judge named with a judicial title, anywhere (‘Justice Sethi’, ‘Lady Rhodes’).
RE_JUDGE_NAMED = LazyPattern(r"(?<![\p{L}\p{M}])" + _JUDGE)

#: Where the article says which judge wrote a court's opinion, dissent or order, or sat alone: group
#: "name" the judge; the one empty group that matched (its name less any digit) the kind of
#: :data:`COURT_WRITINGS` it gives a writer to.
#:
#: >>> RE_COURT_WRITER.search("Justice Amit Rao authored the majority opinion").group("name")
#: 'Amit Rao'
#: >>> [k for k, v in RE_COURT_WRITER.search("In a dissent, Justice Priya Menon held").groupdict().items() if v == ""]
#: ['dissent0']
#: >>> RE_COURT_WRITER.search("Judge Ann Lee, dismissing the bail application, said").group("court")
#: ''
#: >>> RE_COURT_WRITER.search("Justice Ann Lee said the order was wrong") is None
#: True
#: >>> RE_COURT_WRITER.search("the Court said in its order, authored by Justice Rita Das, on Monday").group("name")
#: 'Rita Das'
RE_COURT_WRITER = LazyPattern(
    r"(?<![\p{L}\p{M}])(?:"
    r"(?:(?:Writing|Speaking) for (?:the|a) (?:\p{Ll}+ )?(?:majority|court|bench|panel)(?! of), " + _JUDGE + r"(?P<opinion0>)"
    r"|" + _JUDGE + r",? (?:who )?(?:authored|wrote|delivered|penned|gave|pronounced) (?:the|a) (?:\p{Ll}+ )?(?:majority |lead |leading |main )?(?:opinion|judgment)(?P<opinion1>)"
    r"|" + _JUDGE + r", (?:writing|speaking) for (?:the|a) (?:\p{Ll}+ )?(?:majority|court|bench|panel)(?! of)(?P<opinion2>)"
    r"|" + _JUDGE + r", (?:giving|delivering) the (?:lead |leading |main |majority )?judgment(?P<opinion>)"
    r"|(?:In (?:a|an|the|his|her|their) (?:\p{Ll}+ )?(?:dissent|dissenting (?:opinion|judgment)|minority (?:opinion|judgment))|Dissenting), " + _JUDGE + r"(?P<dissent0>)"
    r"|" + _JUDGE + r",? (?:dissented|dissenting|in (?:a |an |the |his |her |their )?(?:\p{Ll}+ )?dissent|wrote (?:a|the) (?:\p{Ll}+ )?(?:dissent|dissenting opinion|minority opinion))(?P<dissent>)"
    r"|" + _JUDGE + r",? (?:who )?(?:passed|issued|signed|made) the (?:\p{Ll}+ )?order(?P<order>)"
    r"|(?:order|judgment|judgement|ruling), (?:authored|written|penned) by " + _JUDGE + r"(?P<order1>)"
    r"|" + _JUDGE + r", (?:allowing|dismissing|disposing of|hearing|deciding|rejecting|granting|quashing|admitting) (?:the|a|an) (?:\p{Ll}+ ){0,2}"
    r"(?:petition|appeal|plea|application|writ|revision|reference)(?P<court>)"
    r"))")

#: Documents, which "say" things; what a person's document says is theirs ("Trump’s tweet said"); a court's
#: or a regulator's judgment too (‘The regulator’s judgement, published last Wednesday, said …’, ‘The
#: judgment said the error was “…”’, w126l), never a "decision", which is often only what was decided.
DOCUMENT_NOUNS = wordset("""
statement report reports study survey poll document documents letter memo guidance ruling judgment judgement
filing complaint lawsuit indictment order release post tweet email emails message note notice website
editorial article piece book transcript bill resolution platform ad advert advertisement suit commentary
affidavit contract video footage recording verdict petition audit audits inquiry assessment review
opinion dissent slide presentation caption manifest budget charter decree sheet factsheet brochure
leaflet flyer flier mailer pamphlet handout bulletin advisory circular directive memorandum dossier newsletter citation entry
declaration log logs logbook chargesheet warrant faq faqs communique communiqué appeal investigation draft
""")

#: Records that speak only for the body or person they belong to, read as a cue's subject before the marks
#: (‘The minutes said members “…”’ after the committee, ‘Its summary states’) but no document noun elsewhere
#: (‘in minutes’); with no owner found, no one, never "the findings" (w136d). A body's decision and its
#: accounts too (‘The commission’s decision stated that …“…”’, ‘The trust’s accounts describe his pay as “…”’;
#: a bare ‘The decision found’ stays no one's, w141c).
#:
#: >>> "decision" in OWNED_ONLY_RECORDS, "accounts" in OWNED_ONLY_RECORDS, "report" in OWNED_ONLY_RECORDS
#: (True, True, False)
OWNED_ONLY_RECORDS = wordset("minutes findings summary announcement decision accounts")

#: Every noun of a document its owner may be named before (:data:`DOCUMENT_NOUNS` and
#: :data:`OWNED_ONLY_RECORDS`).
OWNED_DOCUMENT_NOUNS = DOCUMENT_NOUNS | OWNED_ONLY_RECORDS

#: Letters a named person or body sends in their own name, which then "say" their words (‘Senator X sent
#: a letter to the regulator on Monday. The letter calls the delay “…”’ is X's).
#:
#: >>> "letter" in SENT_OWN_NOUNS, "memo" in SENT_OWN_NOUNS
#: (True, False)
SENT_OWN_NOUNS = wordset("letter email e-mail")

#: Participles that make the one named after them, before a document's cue, the one it went to, never its
#: writer (‘The letter, addressed to the chief executive, X, says …’).
#:
#: >>> "addressed" in ADDRESSED_WORDS, "signed" in ADDRESSED_WORDS
#: (True, False)
ADDRESSED_WORDS = wordset("addressed sent written delivered copied")

#: Social platforms and their features, never a speaker nor whom a pronoun stands for (‘Taking to
#: Instagram Stories, she fumed’, ‘She posted a TikTok video reading: “…”’): a bare "X" is a platform
#: only with one of :data:`PLATFORM_FEATURES` after it.
#:
#: >>> "tiktok" in PLATFORM_NAMES, "stories" in PLATFORM_FEATURES
#: (True, True)
PLATFORM_NAMES = wordset("instagram tiktok snapchat youtube facebook twitter threads whatsapp telegram weibo wechat bluesky linkedin")
PLATFORM_FEATURES = wordset("story stories live reel reels post posts video videos feed page account channel grid")

#: Description nouns that may also qualify a document's noun right after them, so that the document is the
#: mention and not the people: ‘The official inquiry found’, ‘A staff report released by the committee
#: concluded’ (a report its staff wrote for a body, never "a staff" who speaks).
#:
#: >>> "staff" in DOCUMENT_ADJUNCT_NOUNS, "spokesman" in DOCUMENT_ADJUNCT_NOUNS
#: (True, False)
DOCUMENT_ADJUNCT_NOUNS = wordset("official staff")

#: Participles between a document and "by" that make what follows its author (‘the report released by
#: the committee’); never "commissioned", whose agent only asked for it.
#:
#: >>> "issued" in AUTHORED_BY_PARTICIPLES, "commissioned" in AUTHORED_BY_PARTICIPLES
#: (True, False)
AUTHORED_BY_PARTICIPLES = wordset("released issued published prepared written compiled produced")

#: Nouns after "by the" that make it a time, never an author (‘the report by the time Congress met’,
#: ‘by the end of June’).
#:
#: >>> "time" in BY_TIME_NOUNS, "full" in BY_TIME_NOUNS
#: (True, False)
BY_TIME_NOUNS = wordset("time end close start middle beginning point stage moment deadline weekend")

#: Shops and makers of drink, named by their kind once the article has named them (‘Kestle Brewing closed
#: the pub. “…,” the brewery said’, ‘In a post on Instagram, the store said it was “…”’): bodies, never
#: a person (w71a, w72b); read by THING_NOUNS and nicknames.BODY_NOUNS.
#:
#: >>> "brewery" in SHOP_NOUNS, "shopper" in SHOP_NOUNS
#: (True, False)
SHOP_NOUNS = wordset("store boutique brewery distillery winery")

#: Head nouns of descriptions that are documents or bodies, not people: they "say" things, but
#: never stand for "he" or "she"; a shop is the business a post or a statement is written by (‘In a post
#: on Instagram, the store said it was “…”’, w72b); a prison is the institution that speaks for it (‘The
#: prison said in a post on its official account: “…”’, w105e); a public corporation and a navy are
#: bodies as a company and an army are (‘The corporation said the terminal would run “…”’, ‘The navy said claims
#: would be dealt with “…”’, w128c).
#:
#: >>> "store" in THING_NOUNS, "shopper" in THING_NOUNS, "prison" in THING_NOUNS
#: (True, False, True)
#: >>> "corporation" in THING_NOUNS, "navy" in THING_NOUNS  # (w128c)
#: (True, True)
#: >>> "partnership" in THING_NOUNS  # (‘The partnership said: “…”’, a body's kind; w112f)
#: True
THING_NOUNS = DOCUMENT_NOUNS | wordset("""
group groups campaign agency
ministry department government administration committee council court board company firm
party office team newspaper paper outlet network channel magazine organization organisation
union association federation coalition alliance movement army navy military police constabulary corporation
commission embassy consulate bank institute university foundation fund bureau service parliament cabinet
panel bench regulator authority authorities body
club league charity trust hospital museum system
carmaker automaker airline carrier broadcaster publisher studio label retailer supermarket chain
insurer lender exchange watchdog manufacturer maker supplier operator utility startup start-up
giant conglomerate brand railroad railway airport port patrol force
collaboration consortium partnership observatory laboratory institution
journal tabloid publication station newsletter blog podcast school zoo church diocese drugmaker
franchise band orchestra festival opposition junta regime militia
biotech chipmaker cooperative co-operative co-op directorate clinic tribunal chamber jury
prefecture coastguard inspectorate secretariat municipality governorate command leadership politburo presidium
society college academy caucus
refinery refiner
unit division
prison jail penitentiary
""") | SHOP_NOUNS  # (the last lines: an oil firm called by its plant, ‘Port Harlow Refinery …. The refinery said’, w59c;

#: What a caller or a writer sends their words to, never a person a "who" clause after could name:
#: ‘A caller to the programme who gave his name as Dev’, ‘a listener to the show, who …’.
PROGRAMME_NOUNS = wordset("programme programmes program programs show shows phone-in station podcast broadcast helpline")

#: Those who call or write in to a programme or an outlet: whatever follows their "to" is the
#: programme or the outlet, never a person, so a "who" clause after them is theirs (‘One caller to
#: ABC Radio, who gave her name as Jan,’ is Jan; never a neighbour "of" someone).
#:
#: >>> "caller" in CALLER_NOUNS, "listeners" in CALLER_NOUNS, "neighbour" in CALLER_NOUNS
#: (True, True, False)
CALLER_NOUNS = wordset("caller callers listener listeners viewer viewers texter texters emailer emailers")

#: Messages whose sender a report names after "from" (‘a message from a Twitch employee that read:’).
SENT_MESSAGE_NOUNS = wordset("""
message messages text texts email emails e-mail letter note post reply dm dms tweet comment notification
""")

#: A message's noun as it is searched for (a space before it) when a report names who sent it after
#: it (‘One message, sent by senior engineer X in March, read:’, ‘a Slack message from co-founder X,
#: sent two weeks later, that read:’, ‘a text message X sent in June to Y. It read:’).
#:
#: >>> " memo" in SENT_BY_MESSAGE_WORDS, " report" in SENT_BY_MESSAGE_WORDS
#: (True, False)
SENT_BY_MESSAGE_WORDS = (" message", " text", " email", " e-mail", " letter", " note", " memo", " post", " tweet",
                         " voicemail")

#: The ends of a relative clause or a participle that gives a message's words (‘… that read:’, ‘… which
#: said,’, ‘a note from X saying’).
MESSAGE_READ_ENDS = (" that read", " which read", " that reads", " which reads", " that said", " which said",
                     " saying", " reading", " stating")

#: Verbs of getting, opening or passing on a message someone else sent (‘X received a letter from Y
#: that read’, ‘The White House released a letter from Y which said’): their subject is never the
#: one whose words the message holds (but the one who sent it is: ‘Dorsey sent a message …’).
#:
#: >>> "received" in PASSED_ON_VERBS, "sent" in PASSED_ON_VERBS
#: (True, False)
PASSED_ON_VERBS = wordset("""
received receives receive receiving got gets get getting opened opens read reads showed shows shown released
releases published publishes forwarded forwards leaked leaks obtained quoted cites cited handed intercepted
""")

#: Verbs of carrying, wearing or making a sign, whose subject keeps the words it carries (‘Protesters
#: held signs reading “…”’, ‘Fans unfurled a banner that read “…”’).
CARRYING_VERBS = wordset("""
held hold holds holding carried carry carries carrying waved wave waves waving brandished brandishing raised
raising hoisted hoisting wore wear wears wearing donned sporting sported bore bearing displayed displaying
unfurled unfurling erected erecting hung hanging painted painting made making posted posting put putting
stuck taped planted scrawled scrawling wrote writing lifted lifting
""")

#: Words of where a sign stands, or who carries it, that open a phrase between the sign and its verb
#: (‘a sign in the crowd that said’, ‘a banner held by fans that read’).
SIGN_PLACE_WORDS = wordset("""
in on at outside inside near along above over across behind beside by from of with held carried hung strung
posted placed painted propped taped raised waved
""")

#: Nouns of a report or a study whose title in title case may stand before them (‘its annual ‘State of
#: the Cryosphere’ report’, ‘its latest “Global Mobile Consumer” survey’).
REPORT_NOUNS = wordset("report reports survey surveys study studies review index outlook paper assessment audit ranking "
                       "rankings barometer tracker bulletin")

#: Documents a body or a person writes, whose words are their author's when the article names one
#: (‘A report by Calder Consultancy found …. The report said “…”’, ‘a survey by the institute …, though
#: it cautioned that “…”’); with no author named they stay the document's, as written.
#:
#: >>> "audit" in AUTHORED_NOUNS, "statement" in AUTHORED_NOUNS, "book" in AUTHORED_NOUNS
#: (True, False, False)
AUTHORED_NOUNS = wordset("report study survey review audit analysis assessment evaluation inquiry investigation "
                         "paper poll")

#: Participles between an authored document and "by" that make the one after "by" its author (‘The audit,
#: released last month by the accounting firm X,’, ‘a review led by Dame X’); never one who only asked
#: for it, paid for it or got hold of it (‘commissioned by’, ‘funded by’, ‘obtained by’, ‘seen by’).
#:
#: >>> "conducted" in AUTHORING_PARTICIPLES, "commissioned" in AUTHORING_PARTICIPLES
#: (True, False)
AUTHORING_PARTICIPLES = wordset("prepared conducted written compiled produced released authored undertaken issued led"
                                " published")  # ("published": never a news outlet's, see document_authors.NEWS_OUTLET_WORDS; w101c)

#: A body's finding in a case, which a later bare "the <noun>" a cue names may stand for (:mod:`ruling_issuers`),
#: and which is never "he" or "she", however often quoted (:mod:`cast_pronouns`).
#:
#: >>> sorted(RULING_NOUNS)[:3]
#: ['decision', 'determination', 'judgement']
RULING_NOUNS = frozenset("decision ruling judgment judgement determination".split())

#: Issued documents that set rules for the public, which a body changes (‘The updated guidance says …’).
RULE_DOCUMENT_NOUNS = wordset("guidance guidelines advisory directive circular")

#: Documents a body puts its name to, which may be signed by many and issued by one (‘a statement
#: signed by 300 pastors …. The document was released by the Fellowship’), and which a report calls by
#: any of these words once it has named it (‘a landmark statement …. The declaration, adopted at the
#: summit of X, …. The statement also urges …’): their words are their issuer's when the article names one;
#: with them, those that set rules for the public (:data:`RULE_DOCUMENT_NOUNS`).
#:
#: >>> "declaration" in ISSUED_DOCUMENT_NOUNS, "report" in ISSUED_DOCUMENT_NOUNS
#: (True, False)
ISSUED_DOCUMENT_NOUNS = wordset("statement declaration document letter communique communiqué covenant manifesto charter pledge appeal"
                                " handbook") | RULE_DOCUMENT_NOUNS  # (and a body's rules for the public: ‘Guidance
# issued Tuesday by the Department of Health says residents “…”’, ‘the ministry's circular’)

#: Verbs of a body changing the rules it sets, after its name (‘The CDC on Monday cut the isolation period’).
RULE_CHANGING_VERBS = wordset("""
cut shortened lengthened extended relaxed eased loosened tightened updated revised changed issued released
published lifted scrapped dropped amended
""")

#: Participles between an issued document and its issuer (‘was released Tuesday by X’, ‘adopted by X’,
#: ‘adopted unanimously at the summit of X’); never ‘obtained’, ‘seen’, ‘leaked’ or ‘signed’ (by many).
ISSUING_PARTICIPLES = wordset("released issued published adopted unveiled posted filed"
                              " prepared drafted written authored compiled organised organized coordinated co-ordinated")
# (never "endorsed": a backer, no author; its writer or organiser is its issuer, ‘The letter, organised by the
# Tenants' Union and addressed to …, says’, ‘The document, prepared by the water company, says’, w124a)

#: Orders and filings a body or an office issues or files, whose words are its own when the article sets off
#: who right after the noun (‘The order, issued on Monday by the Ministry of Lands, says the camps …’, ‘The
#: complaint, filed by the Voters' Integrity League, alleges …’; w101c); read only there, never back from a
#: later "the order" (an order may be a court's or anyone's), and never a person (a judge's order stays).
#:
#: >>> "order" in FILED_DOCUMENT_NOUNS, "order" in ISSUED_DOCUMENT_NOUNS
#: (True, False)
FILED_DOCUMENT_NOUNS = wordset("order complaint petition lawsuit notice")

#: Verbs of issuing or sending a document or a notice (‘published a “system card”’, ‘sends a “fever alert”’).
ISSUING_VERBS = wordset("""
publish publishes published publishing issue issues issued issuing send sends sent sending file files filed
filing release releases released releasing post posts posted posting serve serves served serving display displays
displayed
""")

#: Nouns of a document, a notice or an alert, the last word of a kind's name in marks after a verb of
#: issuing (‘a “stop notice”’, ‘a “hypertension notification”’, ‘a “system card”’).
ISSUED_NOUNS = wordset("card notice notification alert warning reminder sheet")

#: Verbs of marking words on a surface (‘spray-painted the word “Home”’): an inscription, not speech.
INSCRIBING_VERBS = wordset("""
painted spray-painted scrawled daubed carved etched stitched embroidered tattooed printed stencilled
stenciled chalked inscribed emblazoned engraved
""")

#: Nouns of the words inscribed, after "the" (‘painted the word’, ‘scrawled the slogan’).
INSCRIPTION_NOUNS = wordset("word words slogan letters message")

#: Participles of marking a thing with a label (‘a vest marked “PRESS”’, ‘crates stamped “FRAGILE”’): a
#: label in capitals after one is printed on the thing, no one's words.
LABEL_PARTICIPLES = wordset("marked stamped labelled labeled")

#: Writings whose title, set off by a comma after them, may end the sentence (‘relied on his 2015 law
#: review article, “The Severability Trap.”’): the title, no one's words, where no one speaks in the sentence.
SET_OFF_WRITING_NOUNS = wordset("article articles paper papers op-ed")

#: Things with a screen or a face whose message follows in marks after a display verb (‘her son’s
#: tablet keeps flashing “No internet connection.”’, ‘the screen read “Transaction declined”’); never a
#: message's or a page's, whose words are its sender's (‘posted a message on Twitter reading “…”’).
#:
#: >>> "tablet" in SCREEN_NOUNS, "statement" in SCREEN_NOUNS
#: (True, False)
SCREEN_NOUNS = wordset("""screen screens tablet tablets phone phones laptop laptops computer computers monitor
display displays machine machines terminal""")

#: What a screen does with its message (‘kept flashing’, ‘read’, ‘displayed’).
SCREEN_VERBS = wordset("flashed flashing flashes flash displayed displaying displays display read reads reading showed showing shows")


#: Messages a host or a speaker reads out on air or in a room, whose words are their writer's:
#: ‘read out a text message from a listener:’, ‘read an email from a viewer:’.
#:
#: >>> "message" in READ_OUT_MESSAGES, "statement" in READ_OUT_MESSAGES
#: (True, False)
READ_OUT_MESSAGES = wordset("message text email e-mail letter note voicemail tweet post comment question")


#: Campaign and social-media material a fact-check quotes, which speaks for whoever the article says made
#: or paid for it (‘The flyer, produced by the group X, says: “…”’, ‘The 30-second ad is from X’) (w54a).
#:
#: >>> "mailer" in MADE_MATERIAL_NOUNS, "graphic" in MADE_MATERIAL_NOUNS, "statement" in MADE_MATERIAL_NOUNS
#: (True, True, False)
MADE_MATERIAL_NOUNS = wordset("""
ad advert advertisement commercial mailer leaflet flyer flier pamphlet handout post graphic meme video clip billboard
""")

#: Right after a material's noun, the words that name who made or paid for it (‘, from a Facebook page called ’,
#: ‘ is from ’, ‘, written by ’, ‘ paid for by the group ’): the maker's name follows; group "called", a name
#: given as a page's or an account's, read as written up to the next mark (w54a).
#:
#: >>> bool(RE_MATERIAL_MAKER.match(", from a Facebook page called Save Our Ashby"))
#: True
#: >>> RE_MATERIAL_MAKER.match(" is from Forward Kessling, a super PAC").group()
#: ' is from '
#: >>> RE_MATERIAL_MAKER.match(", produced by the group Clean Taps Brennock").group()
#: ', produced by the group '
#: >>> bool(RE_MATERIAL_MAKER.match(" from the scene")), bool(RE_MATERIAL_MAKER.match(" shared by thousands"))
#: (True, False)
#:
#: (the caller keeps only a name after it: never ‘from the scene’, a date or a place)
RE_MATERIAL_MAKER = LazyPattern(
    r",? (?:(?:which|that) )?(?:(?:is|was|has been|had been) )?(?:\p{Ll}+ly )?"
    r"(?:from|(?:paid for|produced|created|written|posted|sponsored|funded|made|put out|designed|published|uploaded|run) by)"
    r" (?:(?:(?:the|a|an) )?(?:\p{Lu}\p{L}+ )?(?:page|channel|account|group|campaign) (?P<called>called|named) "
    r"|the account of |the (?:group|campaign|committee|organi[sz]ation|political action committee|super PAC) )?")

#: A person's or a body's claim made in a material, before its noun (‘made the claim in a leaflet ’,
#: ‘repeated the figure in a video ’): the sentence's subject made it (w54a).
#:
#: >>> bool(RE_CLAIM_IN_MATERIAL.search("made the claim in a leaflet")), bool(RE_CLAIM_IN_MATERIAL.search("read the claim in a leaflet"))
#: (True, False)
RE_CLAIM_IN_MATERIAL = LazyPattern(r"\b(?:made|repeated|posted|published|shared) (?:the|this|that) (?:claim|figure|statement|allegation)"
                                   r" in (?:a|an) (?:[\p{Ll}\-]+ ){0,2}(" + "|".join(sorted(MADE_MATERIAL_NOUNS)) + r")\b")

#: Participles after a material's or a document's noun that make the one named after them its target, never
#: its speaker (‘A new ad attacking Gov. X says she has “…”’ is the ad's words, not X's) (w54a).
#:
#: >>> "attacking" in TARGETING_PARTICIPLES, "quoting" in TARGETING_PARTICIPLES
#: (True, False)
TARGETING_PARTICIPLES = wordset("attacking targeting criticising criticizing mocking accusing slamming blasting smearing")
