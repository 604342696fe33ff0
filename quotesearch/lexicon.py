"""Word lists and patterns: the rules' data, kept apart from the logic that uses them.

Every list is general English or general newsroom usage; none names a person, outlet or article.
"""
from __future__ import annotations

import collections
from importlib import resources
import re

import regex


class LazyPattern:
    """A ``regex`` pattern compiled the first time it is used. Most rules' patterns are needed by few
    articles, and compiling them all at import was most of the start-up that every run pays.

    It answers like the compiled pattern (``search``, ``finditer``, ``sub`` and the rest). Its
    ``pattern`` is there from the start, so other patterns can be built from it without compiling
    it. A match's ``re`` is the compiled pattern, so never test ``m.re is`` against one.

    >>> RE_SAID = LazyPattern(r"\\bsaid\\b", regex.I)
    >>> RE_SAID.search("She SAID so").group()
    'SAID'
    >>> RE_SAID.pattern
    '\\\\bsaid\\\\b'
    >>> LazyPattern(r"\\bthe \\L<nouns>\\b", nouns=["pilot", "nurse"]).search("Ask the nurse").group()
    'the nurse'
    """

    def __init__(self, pattern: str, flags: int = 0, **named_lists) -> None:
        self.pattern = pattern
        self._flags = flags
        self._named_lists = named_lists  # (``\L<name>`` word lists: a set, far cheaper to compile than
        # an alternation of hundreds of words)

    def __getattr__(self, name: str):
        # Reached only for a name this object does not hold yet: compile once, then keep the
        # compiled pattern's attribute here, where the next use finds it as fast as on the pattern.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern, self._flags, **self._named_lists)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def wordset(block: str) -> frozenset[str]:
    """The words of a whitespace-separated list; a word listed twice is a slip, caught at import.

    >>> sorted(wordset("said told"))
    ['said', 'told']
    >>> wordset("said told said")
    Traceback (most recent call last):
    ...
    ValueError: word listed twice: said
    """
    items = block.split()
    twice = sorted(w for w, n in collections.Counter(items).items() if n > 1)
    if twice:
        raise ValueError(f"word listed twice: {' '.join(twice)}")
    return frozenset(items)


#: A legislature's chamber that stands before a party word for one of its members, in capitals as a
#: name's would be (‘a top Senate Republican’, ‘a senior House Democrat’: never the name "House Democrat").
CHAMBER_WORDS = wordset("senate house assembly")


#: Verbs that double their last consonant before -ed and -ing ("admitted", "quipped").
DOUBLING = frozenset("admit quip snap slam".split())


def _inflect(base: str) -> set[str]:
    """The forms of a regular verb.

    >>> sorted(_inflect("add"))
    ['add', 'added', 'adding', 'adds']
    >>> sorted(_inflect("argue"))
    ['argue', 'argued', 'argues', 'arguing']
    >>> sorted(_inflect("reply"))
    ['replied', 'replies', 'reply', 'replying']
    >>> sorted(_inflect("admit"))
    ['admit', 'admits', 'admitted', 'admitting']
    """
    if base in DOUBLING:  # a stressed short last syllable doubles its consonant
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("sh", "ch", "ss", "x")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


#: Speech verbs in their base form that are a document's noun too: right after a body's singular name
#: (‘the NAO report’, ‘the Audit Office statement’) they are the noun, never a verb of the body (w66b).
#:
#: >>> "report" in SINGULAR_NOUN_CUES, "said" in SINGULAR_NOUN_CUES
#: (True, False)
SINGULAR_NOUN_CUES = wordset("report statement")

#: Regular verbs that introduce speech or writing ("…,” she added).
_REGULAR_SPEECH_VERBS = wordset("""
add acknowledge admit advise agree allege announce answer argue ask assert assure
boast caution charge chant cite claim comment complain concede conclude confirm contend
continue counter declare decry demand deny deride describe dismiss echo elaborate emphasize
emphasise exclaim explain fume grumble gush insist interject joke lament mention mock mourn muse
note object observe offer plead pledge point post predict proclaim promise protest
quip question rage recall recount reflect remark remember repeat reply report respond
retort reveal scoff scream shout snap state stress suggest testify thunder
tweet urge vow warn wonder yell quote posit reason recommend surmise marvel
affirm fire query chime cheer blast slam tout gripe groan
denounce criticize criticise accuse praise label brand attack defend hail blame condemn
rail lash reiterate vent tease whisper murmur mutter mumble
opine rejoin confide hint implore sigh speculate maintain
""")

#: Irregular speech verbs, all their forms.
_IRREGULAR_SPEECH_VERBS = wordset("""
say says said saying tell tells told telling write writes wrote written writing
speak speaks spoke spoken speaking read reads reading put puts putting
sing sings sang sung singing
aver avers averred averring swear swears swore sworn
""")

#: Verbs of sending a message, whose object is who reads it ("texted a friend", "emailed the school"):
#: their past alone, as "texts", "emails" and "messages" are most often nouns.
MESSAGE_VERBS = frozenset("texted emailed e-mailed messaged".split())

#: Verbs of briefing, whose object is who is briefed (‘a Treasury source briefed journalists that …’): their
#: past alone, as "brief" and "briefs" are most often the adjective and the noun.
BRIEFING_VERBS = frozenset({"briefed"})

#: Participles of speaking to someone whose words the marks after them hold, when "him", "her" or
#: "them" follows: the speaker is whoever did the clause's deed (‘X said Y berated Z, telling him
#: that he was “…”’ is Y's, never X's).
ADDRESSING_PARTICIPLES = frozenset("telling warning ordering urging instructing reminding".split())

#: Verbs by which one reports another's deed in the clause after them (‘Two aides said Y …’).
DEED_REPORT_VERBS = frozenset("said says recalled recalls".split())

#: Cue verbs that take the thing made public for their object (‘posted a video of himself’, ‘shared
#: a photo’, ‘issued a statement’): after a quotation, a document or picture right after one of them
#: is what was posted, never the inverted speaker that ‘…,” said a spokesman’ has.
#:
#: >>> "posted" in POSTING_VERBS, "said" in POSTING_VERBS
#: (True, False)
POSTING_VERBS = wordset("posted posts shared shares tweeted tweets published publishes issued issues released releases uploaded")

#: Short verbs that introduce the words only with a particle after them, before a colon (‘Marcus chips
#: in:’, ‘Hours later Sophie hit back:’, ‘The coach cut in:’): alone, most often something else.
#:
#: >>> "chips" in PHRASAL_CUE_VERBS, "back" in PHRASAL_CUE_PARTICLES
#: (True, True)
PHRASAL_CUE_VERBS = wordset("hit hits chip chips chipped cut cuts butt butts butted pipe pipes")
PHRASAL_CUE_PARTICLES = wordset("in back out up")


#: What a short question before someone's words asks them for (‘And her advice for other brides-to-be?
#: “…”’, ‘His verdict on the new signing? “…”’): the words that answer it are theirs.
#:
#: >>> "advice" in QUESTION_LEAD_NOUNS, "house" in QUESTION_LEAD_NOUNS
#: (True, False)
QUESTION_LEAD_NOUNS = wordset("advice verdict message answer reply response tip tips secret plans thoughts take view words")


#: Every form of a verb that can attribute a quotation ("ruled", "radioed", "radioing", "instructed" and "cried"
#: alone of their verbs: "rules", "ruling", "radio" and "cries" are most often nouns, and "instructs"
#: is rare; ‘“Shame!” cried one backbencher’; "corrects" and "corrected" alone of theirs, "correct"
#: being most often the adjective: ‘“Nineteen that fish,” corrects his nephew, Jorge Ruiz’).
SPEECH_VERBS = frozenset(_IRREGULAR_SPEECH_VERBS).union(*(_inflect(v) for v in _REGULAR_SPEECH_VERBS),
                                                        {"ruled", "radioed", "radioing", "instructed", "cried", "corrects", "corrected"},
                                                        MESSAGE_VERBS, BRIEFING_VERBS)

#: Verbs of an inverted cue that ends a sentence of reported speech after a comma (‘…, said Dr.
#: Ibrahim Adam, its director.’): the one named after them is what the sentence is about.
#:
#: >>> sorted(TAIL_CUE_VERBS)
#: ['added', 'said', 'says']
TAIL_CUE_VERBS = wordset("said says added")

#: Nouns of a running story that end a headline's label before a colon, after the place or the
#: side it is about (‘Pakistan floods: ‘…’’, ‘Sudan war:’, ‘Kenya election:’): a story's name,
#: never a speaker.
#:
#: >>> "floods" in STORY_LABEL_NOUNS, "mother" in STORY_LABEL_NOUNS
#: (True, False)
STORY_LABEL_NOUNS = wordset("""
war wars floods flood crisis election elections vote referendum conflict earthquake quake protests protest
attack attacks talks summit strikes trial inquiry shooting wildfires wildfire storm hurricane cyclone typhoon
famine drought ceasefire truce sanctions coup unrest violence outbreak siege invasion offensive shipwreck
""")

#: The kinds of body a flight's number names (‘Skyline Connect Flight 2291 … the airline said’).
#:
#: >>> "carrier" in FLIGHT_OPERATOR_NOUNS, "company" in FLIGHT_OPERATOR_NOUNS
#: (True, False)
FLIGHT_OPERATOR_NOUNS = wordset("airline carrier")

#: Words a report puts before a body's kind when it speaks again of the body it has named, which
#: tell no second body of the kind (‘The budget airline said’, ‘the embattled lender said’, ‘the digital
#: lender said’; never
#: ‘the rival carrier’, ‘the other firm’, ‘the parent company’, which may be another).
#:
#: >>> "embattled" in BODY_RESTATING_WORDS, "rival" in BODY_RESTATING_WORDS
#: (True, False)
BODY_RESTATING_WORDS = wordset("budget embattled troubled struggling beleaguered ailing cash-strapped debt-laden "
                               "loss-making low-cost no-frills state-owned state-run family-owned family-run "
                               "government-owned privately-held publicly-listed digital online app-based mobile-only "
                               # (an armed body's kind: ‘The RSF has denied the accusations. In a statement, the
                               # paramilitary group said’)
                               "paramilitary rebel militant jihadist insurgent")

#: A body's size before its kind, which speaks again of the one named rather than bringing in another (‘the
#: 25-bed hospital’, ‘the 400-member union’, ‘the 1,200-employee company’) (w48a).
#:
#: >>> bool(RE_BODY_SIZE_WORD.fullmatch("25-bed")), bool(RE_BODY_SIZE_WORD.fullmatch("1,200-member"))
#: (True, True)
#: >>> bool(RE_BODY_SIZE_WORD.fullmatch("second-largest")), bool(RE_BODY_SIZE_WORD.fullmatch("25-year-old"))
#: (False, False)
RE_BODY_SIZE_WORD = LazyPattern(r"\d[\d,]*-(?:bed|member|employee|person|seat|store|school|branch)")

#: Nouns of a firm's trade that a firm's name of partners' or things' names may follow in lower case, as a
#: label before it (‘Meal-kit service Stone & Vine’, ‘law firm Clarke & Rowe’, ‘skincare brand Sun & Salt’),
#: the whole "&" name being the firm's (w48a).
#:
#: >>> "service" in FIRM_LABEL_NOUNS, "senator" in FIRM_LABEL_NOUNS
#: (True, False)
FIRM_LABEL_NOUNS = wordset("service company firm brand app retailer chain startup maker platform label store shop "
                           "business agency outfitter supplier")

#: Last words of an armed force's name, which no person's name ends with (‘US Central Command’,
#: ‘Pacific Fleet Command’, ‘the Rapid Support Forces’).
#:
#: >>> "command" in MILITARY_NAME_ENDINGS, "smith" in MILITARY_NAME_ENDINGS
#: (True, False)
MILITARY_NAME_ENDINGS = wordset("command forces army navy corps")

#: Words that end a body's name with its reach (‘Amnesty International’, ‘Justice Watch International’).
BODY_REACH_WORDS = wordset("international global worldwide")

#: Last words of bodies' names that no list of bodies' words holds (‘Amnesty International’), and
#: of campaigns' names, which no person's ends with (‘Pacific Coast Climate Action’, ‘Extinction
#: Rebellion’, ‘the Ocean Conservancy’).
#:
#: >>> "action" in BODY_NAME_ENDINGS, "justice" in BODY_NAME_ENDINGS
#: (True, False)
BODY_NAME_ENDINGS = BODY_REACH_WORDS | wordset("watch action rebellion conservancy")

#: Words after "a" or "an" before a body's kind that bring in a second body of that kind (‘Zenith
#: Bank, a rival lender,’, ‘a second private lender’, ‘a fellow lender’, ‘a separate regulator’), as
#: "another" does: "the lender" after one may be either.
#:
#: >>> "rival" in SECOND_OF_KIND_WORDS, "budget" in SECOND_OF_KIND_WORDS
#: (True, False)
SECOND_OF_KIND_WORDS = wordset("rival second third fellow other separate competing")

#: Kinds of body a report calls by either word, as it restates one or brings in a second (‘Zenith
#: Bank, a rival lender,’ is a second bank; ‘the carrier’ is the airline named).
#:
#: >>> frozenset(("bank", "lender")) in SAME_KIND_PAIRS
#: True
SAME_KIND_PAIRS = (frozenset(("bank", "lender")), frozenset(("airline", "carrier")))

#: The second half of a hyphened word before a body's kind whose first half, in capitals, says where
#: or by whom it is held or run (‘the Pune-headquartered company’, ‘the Nasdaq-listed firm’, ‘the
#: Kremlin-backed broadcaster’; never ‘the community-based group’, which may be another).
BODY_HELD_ENDINGS = wordset("based listed headquartered owned run backed controlled held")

#: Participles that set a place's or a firm's keeper after it with "by", a reduced relative clause
#: inside a speaker's description (‘A cook at a care home run by a national chain said’): the one
#: described is before the participle, never the keeper after "by".
#:
#: >>> "run" in KEPT_BY_PARTICIPLES, "owned" in KEPT_BY_PARTICIPLES, "written" in KEPT_BY_PARTICIPLES
#: (True, True, False)
KEPT_BY_PARTICIPLES = wordset("run owned operated managed")

#: Nouns of a stretch of land, road or water that a lower-case nickname in marks may end with (‘the
#: herb road’, ‘the golden mile’, ‘the killer bend’): such a name after ‘that drivers call’ is no speech.
PLACE_NICKNAME_HEADS = wordset("road roads street lane alley avenue highway corridor strip stretch mile belt triangle "
                               "bend junction crossing bridge quarter district valley coast row square market")

#: The last marks inside a quotation that stand where a comma would before its cue (as a comma right
#: after the closing mark does, the British way: ‘…as follows’, she began’): a comma, or
#: the dash of words cut off (‘“You have had nine years—” Petrov began.’, ‘“That is not true–” she
#: cut in.’), whose speaker and verb come after as after a comma.
CUT_OFF_ENDS = frozenset(",—–")

#: Cues that go on with the speaker before (‘…,” it added’).
CONTINUING_CUES = frozenset("added adds continued continues".split())

#: Speech verbs that open a sentence before its speaker and a colon (‘Said Huang: “…”’).
INVERTED_OPENERS = frozenset("said says added adds asked wrote writes replied explained recalled continued".split())

#: Words for one of those just spoken of, named after a comma, right after an inverted cue (‘Said one,
#: Ann Lee, a retiree: “…”’, ‘Added another, Tom Ward:’): the name that follows is the speaker.
#:
#: >>> "one" in INVERTED_ONE_WORDS, "he" in INVERTED_ONE_WORDS
#: (True, False)
INVERTED_ONE_WORDS = frozenset("one another".split())

#: Auxiliaries of the perfect (‘have asked’, ‘has said’): after a quotation that ends its sentence, a new
#: sentence with one of them before its verb reports what was said before, never the quotation's cue; and
#: they never stand before a verb whose subject follows it (‘“…,” said X’ inverts; ‘“…”, has accused X’ does not).
HAVE_FORMS = wordset("have has had")

#: The finite forms of "be" in the present and the past, which open a passive after a described subject
#: (‘The decision was expected by …’) or a state the subject undergoes (‘Fans were furious’).
#:
#: >>> "was" in FINITE_BE_FORMS, "had" in FINITE_BE_FORMS, "been" in FINITE_BE_FORMS
#: (True, False, False)
FINITE_BE_FORMS = wordset("was were is are")

#: Words that make a short bare turn a reply to the turn before it, opening or closing it (‘Yes.’, ‘No,
#: senator, not yet.’, ‘Roughly, yes.’, ‘Correct.’): in an exchange, never the words of the one just answered.
REPLY_WORDS = frozenset("yes no yeah yep nope correct".split())

#: How many words a bare reply of :data:`REPLY_WORDS` may hold (‘No, Deputy, not yet.’).
REPLY_MAX_WORDS = 5

#: How many words a short remark may hold that such a reply answers, when it is no question (‘So a third
#: of the workforce,’ a senator said, checking a figure).
REMARK_MAX_WORDS = 8

#: Words of a relative clause that only keeps a speaker's name back (‘who sought anonymity’, ‘who asked
#: not to be named’, ‘who requested anonymity’): no part of the description the speaker goes by.
KEPT_BACK_CLAUSE_WORDS = frozenset("anonymity anonymous named identified name".split())

#: Speech verbs whose object is a person ("praised Sanders"): at the head of a clause before a
#: quotation they are not read as inverted ("X, a supporter, praised Sanders …, calling it “…”").
OBJECT_SPEECH_VERBS = frozenset().union(*(_inflect(v) for v in wordset("""
praise criticize criticise accuse blast slam attack defend hail blame condemn denounce label brand
mock deride tease lash urge
""")))

#: Verbs of pressing a question that tell speaking only in the place right after a quotation and its
#: speaker, at the sentence's end (‘"…?" the senator pressed.’, ‘"…?" the judge persisted.’; never
#: "the senator pressed for a vote").
#:
#: >>> "pressed" in SLOT_SPEECH_VERBS, "pressed" in SPEECH_VERBS
#: (True, False)
SLOT_SPEECH_VERBS = wordset("pressed presses persisted persists probed")

#: Participles of being asked that open a sentence before its speaker (‘Pressed on whether Rix had asked
#: to leave, he said:’): a cue inside that opening clause is the question's, never the answer's.
ASKED_OPENINGS = wordset("asked pressed questioned quizzed probed challenged")

#: Words that carry an opening phrase on past a name set off in it, before the phrase's own comma
#: (‘Pressed by the MP for Harnley, Tom Brightwell, on whether …, Pollard replied’): the name is the
#: asker's, not the sentence's subject.
#:
#: >>> "on" in OPENING_PHRASE_GOES_ON, "said" in OPENING_PHRASE_GOES_ON
#: (True, False)
OPENING_PHRASE_GOES_ON = wordset("on about over whether why how if during at in after before")

#: Participles of being asked or told that open a sentence with a clause of what was put to its subject
#: (‘Told that Ebner had admitted the mistake, Ortiz nodded.’, ‘Asked whether Rix would start, Vance
#: shrugged.’): a name inside that clause is what was put, never the sentence's subject.
#:
#: >>> "told" in PUT_TO_OPENINGS, "asked" in PUT_TO_OPENINGS, "said" in PUT_TO_OPENINGS
#: (True, True, False)
PUT_TO_OPENINGS = ASKED_OPENINGS | wordset("told informed reminded")

#: Verbs of calling that attribute a quoted word or phrase ("called the deal “a disaster”").
CALL_VERBS = wordset("call calls called calling")

#: Verbs that label what comes after them, whose object is never the one who speaks
#: (‘The tycoon, who …, described the ruling as “…”’: never "the ruling").
#:
#: >>> "described" in LABELLING_VERBS, "said" in LABELLING_VERBS
#: (True, False)
LABELLING_VERBS = CALL_VERBS | wordset("""
describe describes described describing term terms termed terming dub dubs dubbed dubbing
label labels labelled labeled labelling labeling brand brands branded branding characterize characterizes characterized
characterise characterises characterised
""")

#: Verbs that attribute only with a quotation right beside them, never for a quote further away.
WEAK_SPEECH_VERBS = frozenset({"put", "puts", "putting", "read", "reads", "reading", "continued",
                               "continues", "continue", "continuing", "offer", "offers", "offered",
                               "fire", "fired", "fires", "cheer", "cheered", "point", "points",
                               "pointed", "remember", "remembered", "question", "questioned"})

#: Verbs whose bare form also names a service in a title before a rank (‘county fire Capt. X’, ‘city
#: fire Battalion Chief X’, ‘state park Ranger X’): there a noun, never the cue.
#:
#: >>> "fire" in SERVICE_VERB_NOUNS, "said" in SERVICE_VERB_NOUNS
#: (True, False)
SERVICE_VERB_NOUNS = wordset("fire park rescue")

#: Envoys' titles posted "to" a place, before which a place no list holds may still be told from the
#: name after it by the name's length: ‘Marovian Ambassador to Numeria Zhou Mingyuan’ (w66e).
#:
#: >>> "ambassador" in POSTED_ENVOY_TITLES, "minister" in POSTED_ENVOY_TITLES
#: (True, False)
POSTED_ENVOY_TITLES = wordset("ambassador envoy consul")

#: The nouns of a service's body that a verb's bare form of :data:`SERVICE_VERB_NOUNS` names before it
#: (‘a rescue worker from the provincial fire brigade’, ‘the local fire department’, ‘the mountain rescue
#: team’): there a noun, part of the description, never a verb that ends it (w66e).
#:
#: >>> "brigade" in SERVICE_BODY_NOUNS, "capt" in SERVICE_BODY_NOUNS
#: (True, False)
SERVICE_BODY_NOUNS = wordset("brigade brigades department service services station crew crews team squad authority")

#: Forms of the verb of writing (‘wrote’, ‘writes’), and the things one writes that hold no one's words
#: (‘wrote checks to herself’, ‘wrote software that skimmed’): after the verb, no cue.
#:
#: >>> "wrote" in WRITING_VERBS, "cheques" in WRITTEN_THINGS, "letter" in WRITTEN_THINGS
#: (True, True, False)
WRITING_VERBS = wordset("write writes wrote writing written")
WRITTEN_THINGS = wordset("""
check checks cheque cheques software code prescription prescriptions ticket tickets invoice invoices receipt receipts
""")

#: Those who question a suspect, as the listener after "told" (‘the accused told gardaí that …’,
#: ‘he told detectives’): what one told them is the teller's, whoever reports it.
#:
#: >>> "gardaí" in INVESTIGATOR_LISTENERS, "reporters" in INVESTIGATOR_LISTENERS
#: (True, False)
INVESTIGATOR_LISTENERS = wordset("police officers detectives investigators gardaí gardai deputies troopers agents interviewers")

#: Prepositions that open a phrase of place or source before a sentence's subject (‘In Washington,’,
#: ‘At the Pentagon,’, ‘From Brussels,’): what they name is no speaker.
#:
#: >>> "in" in OPENING_PLACE_PREPOSITIONS, "of" in OPENING_PLACE_PREPOSITIONS
#: (True, False)
OPENING_PLACE_PREPOSITIONS = wordset("in at from")

#: Verbs of a paper or an agency that reports another's words ‘as saying’: the one quoted speaks
#: (‘Interfax quoted an official as saying’, a press review's ‘The paper quotes a source as saying:’,
#: ‘The agency cited him as saying’).
QUOTING_VERBS = wordset("quoted quotes quoting cited cites citing")

#: Prepositions that open an aside of time or place set off by commas after the one an outlet quotes
#: (‘quoted the owner as telling others, during a meeting about anthem protests, that …’): a
#: word of speech inside it is a noun of the setting, never another speaker's cue.
SETTING_ASIDE_PREPOSITIONS = wordset("during at in on after before amid over")

#: Papers that keep what was said at a meeting or in an office (‘Cabinet minutes of April 10 record
#: the premier, X, saying …’, ‘Board minutes show the chairman, Y, saying …’), and the verbs by which
#: they keep it: the one they show saying the words speaks, never the papers nor the body named
#: before them.
#:
#: >>> "minutes" in MINUTE_NOUNS, "record" in MINUTE_VERBS, "report" in MINUTE_NOUNS
#: (True, True, False)
MINUTE_NOUNS = wordset("minutes files papers documents records notes transcript transcripts")
MINUTE_VERBS = wordset("record records recorded show shows showed")

#: A paper's stories that a naming verb gives a headline (‘headlined its report “…”’, ‘titled the
#: piece “…”’, ‘headlined its front page “…”’): what follows in marks is a title, never speech.
#:
#: >>> "report" in STORY_NOUNS, "reporter" in STORY_NOUNS
#: (True, False)
STORY_NOUNS = wordset("report story piece article editorial column splash front page cover lead leader")

#: Pieces of writing that :func:`quotesearch.titles._is_work_noun` leaves out (a news "article" is
#: mostly the report itself) but whose title a report may set off after them, with a clause about
#: the piece after it (‘a 2014 journal article, “The Quiet Court,” in which the judge argued’).
TITLED_WRITING_NOUNS = wordset("article essay paper column thesis dissertation lecture")


#: Verbs of selling a thing under a name, before "as" (and "it" or "them" between): a name in Title
#: Case in marks after them is a product's or a programme's, no one's words (‘a savings plan, which it
#: markets as “Carewell Plus”’, ‘sold as “Nightfall Gold”’; w56e).
#:
#: >>> "marketed" in MARKETING_VERBS, "said" in MARKETING_VERBS
#: (True, False)
MARKETING_VERBS = wordset("market markets marketed marketing advertise advertises advertised advertising sell sells sold selling")

#: Forms of MARKETING_VERBS that are nouns as often ("the stock market as", "its marketing as"): verbs
#: only after a subject's word (MARKETING_SUBJECT_WORDS) or a name ("which Kestrel markets as") (rv24).
MARKETING_NOUN_FORMS = wordset("market markets marketing advertising selling")

#: Words before a verb of selling that make it one: a pronoun or "which" as its subject, "to", an
#: auxiliary or an adverb (‘which it markets as’, ‘plans to market as’, ‘now markets as’) (rv24).
MARKETING_SUBJECT_WORDS = wordset("""it he she they we i you which that who to will would can could may might must
should also now still then is are was were be been being""")

#: Things a person starts and names, whose name in Title Case follows "a <noun> he called" (‘a social media
#: channel he called “Van Life Diaries”’, ‘a podcast she called “Quiet Hours”’): the thing's name, not his
#: words about it (w65e).
#:
#: >>> "channel" in OWN_NAMED_THING_NOUNS, "podcast" in OWN_NAMED_THING_NOUNS, "decision" in OWN_NAMED_THING_NOUNS
#: (True, True, False)
OWN_NAMED_THING_NOUNS = wordset("""channel podcast blog vlog newsletter account page website site band business shop
brand label startup charity fund""")

#: Verbs that label rather than quote speech: "the so-called", "a report titled".
TITLE_CUES = wordset("""
titled entitled dubbed nicknamed so-called called named labelled labeled branded billed
headlined known coined termed code-named codenamed
""")

#: Nouns of a gloss set off after a word in marks, which the writer defines rather than quotes (‘“fumus
#: persecutionis” — the legal term for …’, ‘“informateur” — the official who …’).
#:
#: >>> "term" in GLOSS_NOUNS, "spokesman" in GLOSS_NOUNS
#: (True, False)
GLOSS_NOUNS = wordset("term word phrase expression name title label concept principle doctrine official post office role")

#: Words right before marks that gloss other words by what they stand for: the words in the marks
#: are the writer's rendering, no one's speech (‘“carefully sequenced” — Whitehall-speak for “not
#: yet”’, ‘diplomatic shorthand for “no deal”’, ‘a euphemism for “cuts”’; "-speak" with its hyphen
#: only: never ‘“I cannot speak for the board,” he said’).
#:
#: >>> "diplomatic shorthand for".endswith(GLOSS_FOR_LEADS)
#: True
GLOSS_FOR_LEADS = ("-speak for", " shorthand for", " euphemism for", " code for", " jargon for", " parlance for")

#: Nouns of a name one goes by on the radio or in the field, right before marks: the marks hold a
#: name, never words said (‘a drone operator with the call sign “Owl”’, ‘under the code name
#: “Silent Tide”’).
#:
#: >>> "with the call sign".endswith(CALL_SIGN_LEADS)
#: True
CALL_SIGN_LEADS = (" call sign", " callsign", " call-sign", " code name", " codename", " code-name", " nom de guerre")

#: Nouns for words as a term, set off after the marks that hold them (‘what he called “real money for real
#: classrooms,” a phrase Democrats have repeated for weeks’, ‘said the state “welcomes any mechanism,” a
#: formulation diplomats noted left room for objection’): never the head of one who says them.
#:
#: >>> "formulation" in GLOSSED_TERM_NOUNS, "official" in GLOSSED_TERM_NOUNS
#: (True, False)
GLOSSED_TERM_NOUNS = wordset("phrase term slogan expression catchphrase refrain mantra motto coinage quip "
                             "formulation wording phrasing characterisation characterization")

#: Right after a term's marks at a sentence's start, a copula and a noun of a term that says what the marks
#: hold (‘“Precision patrols” is the phrase the force has used’, ‘“Non-paper” is a diplomatic term’,
#: ‘“Build back better” became the slogan of …’): the term named as a term, no one's words; never a
#: judgment of what the words say (‘“…,” is the verdict of …’, which names no term).
#:
#: >>> bool(RE_TERM_NAMED_AFTER.match(" is the phrase the force has used")), bool(RE_TERM_NAMED_AFTER.match(" is a diplomatic term"))
#: (True, True)
#: >>> bool(RE_TERM_NAMED_AFTER.match(", was the verdict of the court")), bool(RE_TERM_NAMED_AFTER.match(" is the phrase's origin"))
#: (False, False)
RE_TERM_NAMED_AFTER = LazyPattern(r",? (?:is|was|are|were|became|has become|had become|remains|remained) (?:the|a|an|its|their) "
                                  r"(?:[\p{Ll}\-]+ ){0,2}(?:" + "|".join(sorted(GLOSSED_TERM_NOUNS | wordset(
                                      "word name label nickname buzzword euphemism"))) + r")(?![\p{L}’'\-])")

#: Nouns by which the writer renames the words just quoted, in an appositive whose own subject only
#: answers them (‘“…”, a description Ms Akers dismissed as “nonsense”’, ‘“…,” an allegation the chief
#: minister called “baseless”’), and the verbs of that answer: the one who answers is no speaker of the
#: words before (but ‘“…,” a claim she repeated on Sunday’ is hers: no verb of answering).
RENAMED_WORDS_NOUNS = wordset("""claim claims allegation allegations charge charges characterization
characterisation description assertion accusation accusations figure figures estimate suggestion label""")
ANSWERING_VERBS = wordset("""called calls dismissed dismisses described describes rejected rejects denied
denies disputed disputes labelled labeled branded derided mocked ridiculed contested challenged questioned""")

#: Prepositions that join the quoted words to "what" another says (‘had to “listen very hard” to what
#: voters were telling it’, ‘“deeply skeptical” about what the agency said’): the one in that clause
#: is spoken of, never the speaker of the words.
WHAT_CLAUSE_PREPOSITIONS = wordset("to about with at of on for from by over")

#: Nouns before "of" that name a concept or a rule whose name follows in marks (‘the principle of
#: “fumus persecutionis”’, ‘the doctrine of “strategic ambiguity”’).
CONCEPT_NOUNS = wordset("principle doctrine concept notion theory rule")

#: Adjectives that mock the word in marks after them, a scare quote (‘the government's much-vaunted
#: ‘reset’’); never one that reports a claim (‘his supposed “lies”’ are the claimant's words) nor a
#: bare "vaunted" before a foreign word (‘Germany's vaunted “Energiewende”’, which PolNeAR quotes).
SCARE_ADJECTIVES = wordset("much-vaunted much-touted much-hyped much-heralded")

#: Nouns of a law or a scheme after a name in marks written in lower case (‘its new “sovereignty
#: protection” law’): the marks name the law, no one's words.
LAW_NOUNS = wordset("law laws act bill decree regulation regulations directive ordinance statute mechanism clause")

#: What a law, a rule or an agreement does with the words it lays down (‘Section 7(1) of the Act
#: provides that “…”’, ‘The decree also requires the company to “…”’): the text in marks is the
#: law's own, as a document's words are what it says.
#:
#: >>> RE_LAW_TEXT_VERB.search("the Act also provides that").group()
#: 'also provides'
#: >>> RE_LAW_TEXT_VERB.search("the rule would require firms").group(), RE_LAW_TEXT_VERB.search("he provided food") is None
#: ('would require', False)
RE_LAW_TEXT_VERB = LazyPattern(r"(?<![\p{L}\-])(?:(?:also|further|expressly|explicitly|specifically|now|would|will|shall) ){0,2}"
                               r"(?:provides|provided|states|stated|reads|requires|required|require|directs|directed|guarantees|"
                               r"guaranteed|declares|declared|stipulates|stipulated|mandates|mandated|prohibits|prohibited|"
                               r"forbids|obliges|obliged|defines|defined|says)(?![\p{L}\-’'])")

#: A law, its provision or a rule or agreement described, written whole, ending right before its verb
#: (an aside set off by commas, or "which", between): ‘Section 29(8) of the Trade Marks Act, 1999’,
#: ‘Article VIII of the state constitution, which’, ‘The rule, issued last month by the office,’,
#: ‘the bloc's 2004 passenger rights regulation’.
#:
#: >>> RE_LAW_BEFORE_VERB.search("The bench said Section 7(1) of the Act ").group("law")
#: 'Section 7(1) of the Act'
#: >>> RE_LAW_BEFORE_VERB.search("in its duty under Article VIII of the state constitution, which ").group("law")
#: 'Article VIII of the state constitution'
#: >>> RE_LAW_BEFORE_VERB.search("The decree, filed on Monday, ").group("law"), RE_LAW_BEFORE_VERB.search("the court said the ") is None
#: ('The decree', True)
_PROVISION = r"(?:Section|Sections|Article|Articles|Clause|Rule|Regulation|Paragraph|Part|Schedule|Chapter|Title|Subsection|Sub-section|Sec\.|Art\.|§) ?[\dIVXL][\w().\-]*"
_LAW_NAME_HEADS = r"Act|Constitution|Code|Charter|Convention|Treaty|Directive|Ordinance|Statute|Regulations?"  # (a law's name's last word)
_NAMED_LAW = (r"(?:[Tt]he )?(?:\(?\p{Lu}[\p{L}\-’']*\)?(?:,(?! [Tt]he\b))? |(?:of|and|on|for|the|\d{4}) ){0,8}"
              r"(?:" + _LAW_NAME_HEADS + r")(?:,? \d{4})?")
_DESCRIBED_LAW = (r"[Tt]he (?:(?!(?:the|a|an|said|says|and|that|of|to|in|on|by)\b)[\p{L}\d\-’']+ ){0,4}?"
                  r"(?:rules?|laws?|statutes?|act|decree|consent decree|regulations?|directives?|ordinance|agreements?|settlement|"
                  r"provisions?|clauses?|constitution|treaty|charter|code|contracts?|bill|legislation|amendment|guidelines)")
#: A provision of a law right before the law's own name (‘Section 3(1) of ’ before ‘the Act reads:’).
#:
#: >>> RE_PROVISION_BEFORE.search("Section 3(1) of ").group(), RE_PROVISION_BEFORE.search("Tuesday of ") is None
#: ('Section 3(1) of ', True)
RE_PROVISION_BEFORE = LazyPattern(r"(?<![\p{L}\d\-’'(])" + _PROVISION + r" (?:of|to) \Z")
#: A law's own name, its last word (‘the Act’, ‘the Constitution’, ‘the Trade Marks Act, 1999’).
RE_LAW_NAME_END = LazyPattern(r"(?:" + _LAW_NAME_HEADS + r"|constitution)(?:,? \d{4})?\Z")
RE_LAW_BEFORE_VERB = LazyPattern(r"(?<![\p{L}\d\-’'(])(?P<law>(?:" + _PROVISION + r" (?:of|to) (?:" + _NAMED_LAW + r"|[Tt]he (?:state |federal |national )?constitution)"
                                 r"|" + _NAMED_LAW + r"|" + _DESCRIBED_LAW + r"))"
                                 r"(?:(?P<which>, which )|(?P<aside>, [^,“”\"‘’]{1,100}, )| )\Z")

#: Words that gloss a word in marks with what it means, a translation rather than speech (‘the
#: call sign Hrim, meaning “thunder”’, ‘Sahel, which means “shore”’, ‘Ukrainian for “thunder”’).
#:
#: >>> "meaning" in GLOSS_WORDS, "saying" in GLOSS_WORDS
#: (True, False)
GLOSS_WORDS = wordset("meaning means translates translated")

#: The auxiliaries of a perfect (and a repeated) tense that may stand between a pronoun and its cue
#: verb right before a quotation, after a noun the words describe (‘a claim she has called “…”’).
PERFECT_AUXILIARIES = HAVE_FORMS | wordset("once also repeatedly")

#: Adjectives of how someone speaks, after "was" or "is": the one so described is the subject who
#: spoke, no passive's object (‘…, and Ms Okafor was blunt about why. / “…,” she said’, never ‘…, and
#: Smith was arrested’).
#:
#: >>> "blunt" in SPEAKING_MANNER_WORDS, "arrested" in SPEAKING_MANNER_WORDS
#: (True, False)
SPEAKING_MANNER_WORDS = wordset("""
blunt candid frank forthright adamant emphatic defiant unapologetic unrepentant scathing upbeat
optimistic pessimistic philosophical sanguine unequivocal outspoken direct
""")

#: Words that limit a count before a subject (‘Only one Democrat, Rep. X, voted no’, ‘Just one
#: Tory, Sir X, rebelled’): the subject is read from the count.
LIMITING_WORDS = wordset("only just")

#: Words that may sit between a speaker and the cue verb ("he also said", "she has said").
AUXILIARIES = wordset("""
also has have had would will could might may later then again once further simply just
quickly flatly bluntly repeatedly previously recently earlier separately reportedly
often frequently been is was were are did does do even only still
""")

#: Personal pronouns that can be speakers, with number and gender.
PRONOUNS = {
    "he": ("m", 1), "she": ("f", 1), "they": (None, 2), "i": (None, 1), "we": (None, 2),
    "him": ("m", 1), "her": ("f", 1), "them": (None, 2),
}

#: The personal pronouns of :data:`PRONOUNS` that stand as a clause's subject and speak (‘she said’,
#: ‘In later years she became …’), never its object (‘told him’).
#:
#: >>> sorted(SUBJECT_SPEAKER_PRONOUNS)
#: ['he', 'i', 'she', 'they', 'we']
SUBJECT_SPEAKER_PRONOUNS = wordset("he she they we i")

#: The pronouns and the verb endings run together in a contraction ("We'd", "I'm", "They've").
CONTRACTED_PRONOUNS = ("I", "We", "You", "They", "He", "She", "It")
CONTRACTED_ENDINGS = ("m", "d", "s", "ll", "ve", "re")

#: A pronoun run together with its verb, capitalised as a sentence opens: never a name, whatever
#: cue follows it (‘“Here we go again.” We'd conceded late’, ‘I'm quoting from the record, “…”’).
#:
#: >>> [w for w in ("We'd", "I’m", "They've", "She'll", "O'Neill", "D'Arcy", "It's") if RE_PRONOUN_CONTRACTION.fullmatch(w)]
#: ["We'd", 'I’m', "They've", "She'll", "It's"]
RE_PRONOUN_CONTRACTION = re.compile(r"(" + "|".join(CONTRACTED_PRONOUNS) + r")['’](?:" + "|".join(CONTRACTED_ENDINGS) + ")")

#: The same in lower case, for a word read alone (names.py: never a word of a name).
#:
#: >>> "we’d" in PRONOUN_CONTRACTIONS, "o’neill" in PRONOUN_CONTRACTIONS
#: (True, False)
PRONOUN_CONTRACTIONS = frozenset(f"{word.lower()}{mark}{tail}" for word in CONTRACTED_PRONOUNS
                                 for mark in "'’" for tail in CONTRACTED_ENDINGS)

#: The Arabic article as it opens a word of a name in lower case, in its plain form ("al-Hashimi",
#: "el-Sayed") and assimilated to the letter after it, as transliterations write it ("Izz ad-Din
#: al-Qassam", "Abd ar-Rahman", "Nasser as-Sabah", "Abd ash-Shafi", "Sharaf ud-Din"): part of the name.
#:
#: >>> [w for w in ("al-Qassam", "ad-Din", "ash-Shafi", "anti-Israel", "as-") if arabic_article(w)]
#: ['al-Qassam', 'ad-Din', 'ash-Shafi']
ARABIC_ARTICLES = ("al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ud-", "ul-")


def arabic_article(w: str) -> int:
    """The length of the Arabic article that opens ``w`` before a capital ("ad-Din": 3), else 0."""
    for a in ARABIC_ARTICLES:
        if w.startswith(a) and w[len(a):len(a) + 1].isupper():
            return len(a)
    return 0


#: A rank written before an office with a hyphen (‘the vice-minister’, ‘the deputy-governor’).
HYPHENED_RANKS = frozenset("vice deputy co sub under".split())


def ranked_office(word: str, offices: frozenset) -> bool:
    """A rank and an office written as one word with a hyphen (‘vice-minister’, ‘deputy-governor’).

    >>> ranked_office("vice-minister", frozenset({"minister"})), ranked_office("co-founder", frozenset({"minister"}))
    (True, False)
    """
    return "-" in word and word.split("-", 1)[0] in HYPHENED_RANKS and word.rsplit("-", 1)[-1] in offices


#: Endings of an Eastern Slavic patronymic, the middle word of a full name that opens with the given
#: name before it (‘Vladislav Olegovich Tyurin’, ‘Yelena Borisovna Kravtsova’).
PATRONYMIC_ENDINGS = ("ovich", "evich", "yevich", "ovna", "evna", "yevna", "ichna", "inichna")

#: Small words inside an office's long name, between its capitalised words (‘Deputy Chairman of the
#: Federation Council Committee on Defense and Security’).
OFFICE_NAME_JOINERS = frozenset("of the on for and".split())


#: The Arabic "father of" and "mother of" that open a name of their own (a kunya), written
#: capitalised before a given name: part of the name, never a word before it to drop
#: ("Abu Nasser Hamdan", "Umm Khaled al-Sharif", "Abou Karim Haddad").
#:
#: >>> "abu" in NAME_LEADING_KIN, "mr" in NAME_LEADING_KIN
#: (True, False)
NAME_LEADING_KIN = wordset("abu abou umm um")

#: First words of Malay and South Asian names, before the name the person is called by
#: ("Mohamad Azhar Osman" is "Dr Azhar"; "Md Rafiqul Islam", "Syed Nasir Ali"): part of the
#: name, never an epithet before it to drop as "Superstar" of "Superstar Olivia Grant" is; and the
#: "Allah" that opens a Sindhi or Punjabi compound given name ("Allah Dino Chandio", "Allah Bux Soomro").
#:
#: >>> "mohd" in NAME_LEADS, "superstar" in NAME_LEADS, "allah" in NAME_LEADS
#: (True, False, True)
NAME_LEADS = wordset("muhammad mohamad mohammad mohd muhd md muhamad mohamed ahmad abdul nur siti nurul syed syeda sharifah allah")

#: The first word of a Malay father's name written after the given name, its "bin" or "binti" left
#: out (‘Rosnah Abdul Majid’, ‘Faridah Abdul Rahman’): the name goes on from the given name before it,
#: one no list holds, never restarting at "Abdul" (w66e).
#:
#: >>> "abdul" in FATHER_NAME_LEADS, "mohd" in FATHER_NAME_LEADS
#: (True, False)
FATHER_NAME_LEADS = wordset("abdul")

#: Styles before "Abdul" that no list of honorifics holds, a cleric's, a teacher's or a lineage's (‘Mullah
#: Abdul Salam’, ‘Qari Abdul Basit’, ‘Cikgu Abdul Rahman’): never the given name that
#: :data:`FATHER_NAME_LEADS` goes on from (review rv66e).
#:
#: >>> "mullah" in FATHER_NAME_STYLES, "sardar" in FATHER_NAME_STYLES, "rosnah" in FATHER_NAME_STYLES
#: (True, True, False)
FATHER_NAME_STYLES = wordset("mullah mulla mawlawi mawlavi maulvi molvi moulvi qari pir hazrat khalifa khwaja shah ustazah "
                             "cikgu malik sardar chaudhry chaudhary choudhry mian khawaja makhdoom")  # (and the lineage styles)

#: South Asian styles of lineage or standing that the Pakistani and Indian press write before a
#: full name of three words or more ("Deputy Speaker Malik Zafar Iqbal Dhudhi", "Law Minister
#: Sardar Asif Khan Nakai", "Chaudhry Naveed Akhtar Warraich"): a style, never the name's first
#: word; before a shorter name they may be the name itself ("Rehman Malik", "Malik Riaz"), so
#: names.split_title drops them only before three capitalised words or more. ("Syed" opens the
#: name, NAME_LEADS.)
#:
#: >>> "sardar" in LINEAGE_STYLES, "syed" in LINEAGE_STYLES, "rana" in LINEAGE_STYLES
#: (True, False, False)
LINEAGE_STYLES = wordset("malik sardar chaudhry chaudhary choudhry mian khawaja makhdoom")

#: A ruler's styles that are common given names too, in the Gulf and beyond (‘Sultan Al Jaber’, ‘Emir
#: Hassan’): before a particle of descent or the family's article they open the person's name (‘Sultan
#: bin Salem Al Habsi’, ‘Sultan Al Neyadi’), and so after another office's noun (‘Festival chairman
#: Sultan Hamad Al Dhaheri’): a ruler is written ‘Sultan Haitham’, ‘the Sultan of Oman’, ‘Malaysia's
#: King Sultan Ibrahim’ (names.split_title, with RULER_LEAD_WORDS).
#:
#: >>> "sultan" in GIVEN_NAME_STYLES, "sheikh" in GIVEN_NAME_STYLES, "king" in GIVEN_NAME_STYLES
#: (True, False, False)
GIVEN_NAME_STYLES = wordset("sultan emir")

#: Words before a ruler's style that make it the ruler's still (‘King Sultan Ibrahim’, ‘Johor Ruler
#: Sultan Ibrahim’, ‘the Crown Prince Sultan’): never another office's noun.
#:
#: >>> "ruler" in RULER_LEAD_WORDS, "chairman" in RULER_LEAD_WORDS
#: (True, False)
RULER_LEAD_WORDS = wordset("king queen ruler monarch agong prince princess crown his her highness majesty royal "
                            "leader sovereign state")  # (‘Oman's leader Sultan Haitham bin Tarik’, ‘Qatari leader Emir
# Tamim bin Hamad Al Thani’, ‘head of state Sultan …’: the ruler's; guard, review rv62b)

#: Offices held for a seat in a Westminster-style parliament, written "Member for <electorate>" before
#: the member's name (‘Independent Member for Clarence David Renshaw’, ‘MLA for Kildonan Ana Ruiz’): the
#: word after "for" is the seat, even when it is a given name too (seats are often named after people).
#:
#: >>> "member" in SEAT_OFFICES, "mpp" in SEAT_OFFICES, "minister" in SEAT_OFFICES
#: (True, True, False)
SEAT_OFFICES = wordset("member mp mla mpp mna mha mhr")

#: Honorifics before a name; they are not part of the person's name.
HONORIFICS = wordset("""
mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov lt gen col capt sgt maj adm
cmdr pres st hon del supt sens reps govs det cpl insp amb msgr asst dep atty cllr coun cr madam mdm brig pte pvt cdr const cst
herr frau datuk dato datin tun puan encik ald revd
shri smt engr alhaji alhaja haji hajji mallam spc pfc aunty auntie maulana moulana mufti sheikh shaykh sheikha shaikh shaikha ustaz excellency highness
hajia hajiya malam mzee igwe oba togbe otunba opanin
comr comm kombes akbp
khun aling cik hajah
h.e
ratu adi reverend afioga susuga
tā
wg sqn flt gp ldr cdre spr gnr tpr rfn gdsm lcpl bdr
""")  # (and South-East Asian police ranks: "Sr. Comr. Hendro Kusumo", "Comm Kamarul Ariffin", "AKBP Budi Santoso";
# "H.E." (His or Her Excellency) before a minister's or an envoy's name, as the Gulf and African
# press write it: "H.E. Abdullah bin Saif Al Hammadi" … "H.E. Al Hammadi said" (only with its full stops:
# never the pronoun "He"); the Thai "Khun", the Filipino "Aling" of an older woman and the Malay "Cik" and "Hajah" before a name:
# "Khun Suda Wongsawat", "Aling Rosa Mendoza", "Cik Nurul Ain"; the Fijian chief's "Ratu" and "Adi", the
# Samoan "Afioga" and "Susuga" before a chief's or an official's name, and "Reverend" written out:
# "Ratu Meli Vatunitu", "Adi Litia Naisara", "Afioga Fiame Lemalu", "Reverend Semisi Naqau"; the Māori
# knight's "Tā": "Tā Wiremu Kātene"; never its dame's "Kahurangi", a given name too: Kahurangi Carter;
# the Commonwealth forces' abbreviated ranks, written before the name, alone or stacked: "Wg Cdr Harbhajan
# Grewal", "Sqn Ldr Amy Cole", "Flt Lt Dev Bajwa", "Gp Capt Ravi Nair", "Air Cdre Ian Ross", "Spr Tom
# Kerr", "Gnr Ali Shah", "Tpr Sam Hale", "Rfn Joe Lim", "Gdsm Ben Cole", "LCpl Max Dunn", "Bdr Ian Roe";
# never "Hafiz", a given name as often as a title: "Finance Minister Hafiz Rahman" is Hafiz Rahman;
# the Akan elder's "Opanin", written before his name: "Opanin Kofi Mensah" is Kofi Mensah, "Opanin
# Mensah" again is he)

#: A clergy's style, and the honorific of a priest's, a nun's or a brother's office that may follow
#: it before the name, as the Nigerian, Ghanaian and Indian press write a Catholic priest: "Rev. Fr.
#: Emmanuel Okafor", "Rev Sr Mary Okoro", "Revd Br Paul Tetteh" (both are titles, never the name).
#:
#: >>> "rev" in CLERGY_STYLE_LEADS, "fr" in STACKED_CLERGY_HONORIFICS, "st" in STACKED_CLERGY_HONORIFICS
#: (True, True, False)
CLERGY_STYLE_LEADS = wordset("rev revd reverend")
STACKED_CLERGY_HONORIFICS = wordset("fr sr br")

#: The first word of an air force's or a navy's rank written in two abbreviations, the second an
#: honorific too ("Wg Cdr Harbhajan Grewal", "Sqn Ldr Amy Cole", "Flt Lt Dev Bajwa", "Gp Capt Ravi
#: Nair"): both are the rank, never the name ("Wg Cdr Grewal" is Harbhajan Grewal).
#:
#: >>> "sqn" in STACKED_RANK_LEADS, "capt" in STACKED_RANK_LEADS
#: (True, False)
STACKED_RANK_LEADS = wordset("wg sqn flt gp")

#: Titles of the clergy a report writes again in capitals after "the" for the one it has named with
#: them ("Sheikh Abdallah Mwinyi … the Sheikh said", "Imam Yusuf Karim … the Imam said"); never
#: "the Father", which is God's.
#:
#: >>> "imam" in CLERGY_CAPITAL_TITLES, "father" in CLERGY_CAPITAL_TITLES
#: (True, False)
CLERGY_CAPITAL_TITLES = wordset("""
pastor imam rabbi cardinal dean canon monsignor sheikh shaykh swami chaplain deacon patriarch abbot abbess
cantor prelate
""")

#: Faith bodies a report calls by their kind once it has named them ("The Anglican Diocese of
#: Ballarat apologised …. “…,” the diocese said"; "the archdiocese", "the mosque", "the synagogue"),
#: each with the words of a body's name it may stand for besides its own.
#:
#: >>> "archdiocese" in FAITH_BODY_NAME_WORDS["diocese"], "congregation" in FAITH_BODY_NAME_WORDS
#: (True, False)
FAITH_BODY_NAME_WORDS = {
    "diocese": wordset("diocese archdiocese eparchy archeparchy"),
    "archdiocese": wordset("archdiocese archeparchy"),
    "parish": wordset("parish"),
    "mosque": wordset("mosque masjid"),
    "synagogue": wordset("synagogue shul"),
}

#: The English kind of a body whose name is French and opens with its kind, as Canadian, Belgian and
#: Swiss reports give it untranslated (‘The Ordre des dentistes du Québec said …. “…,” the order
#: said’, ‘the Fédération des travailleurs du Québec … the federation’, ‘the Syndicat de la fonction
#: publique … the union’): the name's first word (after "the", "la", "le" or "l'") tells the kind.
#:
#: >>> FRENCH_BODY_HEADS["syndicat"], FRENCH_BODY_HEADS["ordre"], "québec" in FRENCH_BODY_HEADS
#: ('union', 'order', False)
FRENCH_BODY_HEADS = {
    "ordre": "order", "société": "society", "fédération": "federation", "confédération": "federation",
    "syndicat": "union", "centrale": "union", "conseil": "council", "ministère": "ministry",
    "agence": "agency", "régie": "board", "commission": "commission", "institut": "institute",
    "fondation": "foundation", "regroupement": "group", "collectif": "group", "association": "association",
    "alliance": "alliance", "coalition": "coalition", "université": "university", "hôpital": "hospital",
    "banque": "bank", "bureau": "office", "office": "office", "cour": "court", "tribunal": "court",
    "service": "service", "corporation": "corporation",
}

#: Honorifics only a person takes (never a place's or a firm's name: "St" is a saint's, "Gen" a
#: general's and a model's): a name after one is a person's, whatever the noun before the comma
#: (‘The principal of the college, Dr Martin Hale,’, ‘the head of the school, Mrs Ann Roe,’).
PERSON_HONORIFICS = wordset("mr mrs ms miss mx dr prof sir dame")

#: Honorifics of a house's member or of a rank that only a person takes when written with their full
#: stop (‘The Minority Leader in Parliament, Hon. Kwesi Owusu,’, ‘The head of the taskforce, Lt. Col.
#: Ama Mensah,’; never the syllable of "Hon Hai", nor the "Gen" of a model).
#:
#: >>> "hon" in STOPPED_PERSON_HONORIFICS, "col" in STOPPED_PERSON_HONORIFICS, "st" in STOPPED_PERSON_HONORIFICS
#: (True, True, False)
STOPPED_PERSON_HONORIFICS = wordset("hon lt col gen maj capt brig sgt cpl cmdr adm")

#: The styles a run of capitals may carry from a body's name into the name of the person who follows
#: it, written before that person's name: ‘Minister of State at the Ministry of Foreign Affairs HE Dr.
#: Khalid …’ names the Ministry of Foreign Affairs, never a "Ministry of Foreign Affairs HE Dr" (the
#: Gulf press's "HE", His or Her Excellency, in capitals only; never the pronoun "He") (w66e).
#:
#: >>> "he" in BODY_NAME_TRAILING_STYLES, "dr" in BODY_NAME_TRAILING_STYLES, "ltd" in BODY_NAME_TRAILING_STYLES
#: (True, True, False)
BODY_NAME_TRAILING_STYLES = PERSON_HONORIFICS | wordset("he h.e hon")

#: Words marking an officer retired, in brackets after the rank and before the name (‘Lt. Col. (rtd)
#: Ama Mensah’, ‘Maj. Gen. (retd) Kofi Boakye’): no part of the name.
#:
#: >>> "rtd" in RETIRED_MARKS, "retd" in RETIRED_MARKS, "rd" in RETIRED_MARKS
#: (True, True, False)
RETIRED_MARKS = wordset("rtd retd retired rtrd")

#: Words of address that open a nickname in marks inside a name, the nickname's own word after them
#: (‘Dorothy “Miss Dot” Haskins’ … ‘Miss Dot said’, ‘Beatrice “Aunt Bea” Okoro’, ‘Raymond “Mr. Ray” Salas’).
NICKNAME_ADDRESS_WORDS = PERSON_HONORIFICS | wordset("aunt auntie aunty uncle granny grandma grandpa nana papa mama")

#: Titles of learning written alone before a name ("Professor Jane Roe", "Prof. Ama Owusu", "Dr Ann Lee"):
#: no office of their own, so the one named under them may hold the office a lede describes.
SCHOLAR_TITLES = wordset("professor prof dr doctor")

#: Honorifics that are also a person's office or rank ("Sen. Ron Johnson", "Gen. Mark Milley"):
#: the role shown when the article gives no other. (Not :data:`quotesearch.names.TITLE_HONORIFICS`,
#: the honorifics that may stand inside a run of title words.)
OFFICE_HONORIFICS = wordset("""
dr prof rev sen rep gov lt gen col capt sgt maj adm cmdr pres supt det cpl insp amb msgr atty cllr coun cr brig cdr
ald revd spc pfc const cst comr comm kombes akbp
""")

#: British and Irish police ranks written as two capitals before a full name ("DS Gareth Lloyd",
#: "DC Amy Hart", "DI Tom Reece", "PS Kate Bell", "CI Rob Shaw"): a rank, never the person's
#: initials, when a given name follows (see :func:`quotesearch.names.split_title`).
#:
#: >>> "ds" in POLICE_RANK_LETTERS, "dj" in POLICE_RANK_LETTERS
#: (True, False)
POLICE_RANK_LETTERS = wordset("ds di dc ps ci")

#: Ranks of the lowest grades written out in full, which are also common words ("Private",
#: "Rifleman"): before the surname of a soldier the article names in full, the rank, never a given
#: name ("Private Thomas Enright … Private Enright wrote" is Thomas Enright; "Private Eye" stays
#: whole). See :meth:`quotesearch.speakers.Cast.person_for_name`.
#:
#: >>> "private" in SOLDIER_RANK_WORDS, "major" in SOLDIER_RANK_WORDS
#: (True, False)
SOLDIER_RANK_WORDS = wordset("private rifleman guardsman fusilier bombardier lance-bombardier lance-corporal")

#: A government office written as its capitals before a full name, after the ministry's word or
#: alone, as the Kenyan press writes a Cabinet Secretary, a Principal Secretary and a Chief
#: Administrative Secretary ("Health CS Susan Ndegwa", "Treasury PS Jane Macharia", "CAS Ali
#: Noor"): a title, never initials, when a known given name follows (see
#: :func:`quotesearch.names.split_title`); before a surname alone, only for one named in full
#: ("CS Ndegwa"; never "CS Lewis" with no Lewis named); and a prime minister's "PM", as the Asian
#: and Commonwealth press write one again ("Prime Minister Tran Quoc Vinh … PM Vinh affirmed") (w66e).
#:
#: >>> "cs" in OFFICE_LETTERS, "cs" in POLICE_RANK_LETTERS, "pm" in OFFICE_LETTERS
#: (True, False, True)
OFFICE_LETTERS = wordset("cs ps cas pm")

#: A trade written as its capitals between a place and a full name ("Melbourne GP Alison Forde", a
#: general practitioner in Melbourne): the place and the letters are her description, never part of
#: her name, when a known given name follows (see :func:`quotesearch.names.split_title`) (w61e).
#:
#: >>> "gp" in TRADE_LETTERS, "cs" in TRADE_LETTERS
#: (True, False)
TRADE_LETTERS = wordset("gp")

#: Articles ("The White House press secretary": never the start of a role).
ARTICLES = wordset("the a an")

#: Adjectives of power between "the" and a ruling body's name ("the ruling Council for Peace and
#: Development", "the governing Workers' Party"): no part of the name, and no title of a person.
RULING_WORDS = wordset("ruling governing")

#: Adverbs of time between a relative word and its verb in an aside set off by commas (‘, a group
#: of rivals that first complained to the commission,’, ‘, the firm that later warned regulators,’):
#: the verb is the clause's, never the speaker's cue.
RELATIVE_CLAUSE_ADVERBS = wordset("first later once originally previously also repeatedly initially recently "
                                  "publicly long")

#: Linking adverbs that stand between a sentence's subject and its verb, set off by no comma (‘The
#: Defence Ministry nonetheless accused …’, ‘The agency meanwhile said …’): no word of the subject,
#: which ends before them (w63b).
#:
#: >>> "nonetheless" in LINKING_SUBJECT_ADVERBS, "meanwhile" in LINKING_SUBJECT_ADVERBS, "state" in LINKING_SUBJECT_ADVERBS
#: (True, True, False)
LINKING_SUBJECT_ADVERBS = wordset("meanwhile nonetheless nevertheless however instead likewise separately")

#: Words right after "states" that make it the plural noun, a subject's (‘lawmakers from coal states had
#: “a moral obligation”’, ‘farmers in farm states were “…”’): a verb or a modal of its own, never what
#: the cue verb "states" takes (‘states that’, ‘states:’).
STATES_NOUN_FOLLOWERS = wordset("had have has are were was is will would could should must can may might")

#: The words of a title a body's own head is written with before the name (‘Director General X’, ‘Chief
#: Executive X’, ‘Commissioner X’), whatever the body: never a government's minister's.
BODY_HEAD_TITLE_WORDS = wordset("director general chief executive commissioner chair chairman chairwoman president "
                                "governor ceo managing")

#: Participles that open a title ("acting director", "managing partner"), not a clause.
TITLE_PARTICIPLES = wordset("acting managing presiding visiting founding leading outgoing incoming ruling")

#: The parts a trial gives people, which "the witness", "the defendant" or "the accused" stands for
#: where the report has named the one in that part (‘Maria Lopes told the court …. “…,” the witness said’).
COURT_PARTY_NOUNS = wordset("witness defendant accused")

#: Those who run a trial or a case, never its witness nor its accused, though they address the jury
#: (‘Judge Alan Reed told the jury …’, ‘prosecutor Simon Blake KC told jurors’).
COURT_OFFICER_WORDS = wordset("""
judge justice magistrate coroner recorder prosecutor prosecuting prosecution defending defence defense counsel
barrister solicitor lawyer attorney advocate kc qc sc detective inspector sergeant constable officer garda clerk
""")

#: The participle that sets counsel's side off after their name in a court report (‘Ann Lee KC,
#: prosecuting, said’), and the office that "the …" names them by later (‘the prosecutor said’) (w60a).
#:
#: >>> COURT_SIDE_PARTICIPLES["prosecuting"], "defending" in COURT_SIDE_PARTICIPLES
#: ('prosecutor', False)
COURT_SIDE_PARTICIPLES = {"prosecuting": "prosecutor"}

#: The opening of a court report's sentence that brings counsel in by the case they open or sum up,
#: right before their name (‘Opening the prosecution case, Ann Lee KC said’, ‘Summing up the Crown’s
#: case, …’): they are the prosecutor (w60a).
#:
#: >>> bool(RE_PROSECUTION_CASE_BEFORE.search("Opening the prosecution case, "))
#: True
#: >>> RE_PROSECUTION_CASE_BEFORE.search("Opening the defence case, ") is None
#: True
RE_PROSECUTION_CASE_BEFORE = LazyPattern(r"\b(?:[Oo]pening|[Oo]utlining|[Pp]resenting|[Ss]umming up|[Cc]losing) the "
                                         r"(?:prosecution|Crown)(?:['’]s)? case, $")

#: Kin, roles the article gives ("her daughter, Lily Roe"), never capitalised titles.
KIN_NOUNS = wordset("""
daughter son wife husband mother father brother sister widow widower fiancee fiance niece nephew
cousin grandson granddaughter grandmother grandfather aunt uncle stepson stepdaughter
""")

#: Kin words that open a sentence capitalised before a full name as the article's label for the person
#: ("Son Geoff Harrow, who farms …", "Widower Dan Pryce said"): never part of the name when two name
#: words follow. Never the kin words that are also religious styles ("Father", "Brother", "Sister",
#: "Mother"), nor a name of two words ("Son Heung-min").
#:
#: >>> "son" in KIN_TITLE_LEADS, "father" in KIN_TITLE_LEADS, "brother" in KIN_TITLE_LEADS
#: (True, False, False)
KIN_TITLE_LEADS = KIN_NOUNS - wordset("father mother brother sister")

#: Blood kin and parents, by their sex: one named by a given name alone after the kin word of someone
#: named in full shares the family's surname (‘his son Dara’ of Jimmy Kehoe is Dara Kehoe); never a
#: wife, a husband or a partner, who may keep another surname.
#:
#: >>> FAMILY_KIN_SEX["mother"], "wife" in FAMILY_KIN_SEX
#: ('f', False)
FAMILY_KIN_SEX = {"son": "m", "father": "m", "brother": "m", "daughter": "f", "mother": "f", "sister": "f"}

#: Words that pick one of two people by age, and the one they pick ("the older woman", "the
#: younger of the two", "the elder of the two brothers").
AGE_COMPARATIVES = {"older": "older", "elder": "older", "younger": "younger"}

#: Nouns of one who speaks for a body named with them (‘a spokesperson for Harbourview Rentals’).
SPOKESPERSON_NOUNS = ("spokesperson", "spokeswoman", "spokesman", "representative")

#: Public bodies a spokesperson speaks for, called by their common noun: a name set off after "a
#: spokesman for the department," is the spokesman's (‘A spokeswoman for the ministry, Thandeka
#: Mbeki-Nkosi, said’), since such a noun is never followed by the body's own two-word name as
#: a person's is (a firm's or a party's may be: ‘a spokesman for the company, Harbourview Rentals,’).
SPOKEN_FOR_BODY_NOUNS = wordset("department ministry agency council office commission authority embassy board police")

#: Bodies a spokesperson speaks for that a name before the noun already names (‘a spokeswoman for
#: the Whitcomb campaign’, ‘a spokesman for the Ortega government’): a body named so is never named
#: again after a comma, so two or three words set off after it are a person's (‘…, Jessa Kilbride,’).
NAMED_BODY_NOUNS = SPOKEN_FOR_BODY_NOUNS | wordset("campaign government administration family team")

#: Words of a public body's own name no other list holds, never a person's name (‘Border Force’,
#: ‘Scotland Yard’, ‘Coast Guard’, ‘Homeland Security’, ‘Foreign Affairs’).
SPOKEN_FOR_BODY_NAME_WORDS = wordset("""force forces yard guard service services corps police bureau directorate
affairs security foreign homeland health justice defence defense interior transport environment education treasury
""")

#: Bodies whose names end with their kind, which "their <kind>" may stand for when the next sentence
#: opens with one (‘what their union describes as …. The Transport Workers Union said’).
OWNED_BODY_NOUNS = frozenset("union party federation association council".split())

#: The body or the union whose office a capitalised office's name opens, before its "for" or "of" and
#: the holder's name ("said European Commissioner for Trade Anna Berg", "said Commission Executive
#: Vice-President for Competition X", "EU Commissioner for Budget Piet van der Hoeven told").
OFFICE_BODY_LEADS = frozenset("european eu commission federal".split())

#: Offices written with a capital whose "for" may name a place or a remit, not an office's words,
#: before the holder's name ("Minister for Grand Bahama Ginger Moxey", "Secretary for Wales X").
PLACE_OFFICES = frozenset("Minister Secretary Commissioner".split())

#: A body's nouns that the adjective "state" may stand before (‘the state irrigation department’,
#: ‘the state electoral commission’): never the verb there.
STATE_BODY_NOUNS = frozenset("""
department ministry agency board authority commission office council police prosecutor prosecutors
legislature assembly government utility corporation directorate inspectorate headquarters secretariat
""".split())

#: Nouns of a body's seat that a noun of the body stands before as a modifier (‘a police source at the
#: command headquarters’, ‘an official at the party headquarters’, ‘the state secretariat’): a
#: description read forward goes on to them, never stopping at the body's noun (w59a).
#:
#: >>> "headquarters" in BODY_SEAT_NOUNS, "hall" in BODY_SEAT_NOUNS
#: (True, False)
BODY_SEAT_NOUNS = frozenset("headquarters secretariat".split())

#: Words after a rank's "General" that name an armed force's body, never a ranked person's surname
#: ("Ukraine's General Staff said", "the army's General Command").
RANK_BODY_WORDS = frozenset("staff command headquarters".split())

#: Words that end a portfolio's name and are never a person's name, so that a run of capitalised words
#: the portfolio opens is cut after them, before the holder's name (‘… for Humanitarian Affairs Ann
#: Brook’ is Ann Brook, whatever list holds her given name; w66g).
#:
#: >>> sorted(PORTFOLIO_END_WORDS)
#: ['affairs']
PORTFOLIO_END_WORDS = frozenset(("affairs",))

#: Participles of where or how one works or lives that, with a preposition next, go on a description of
#: a person after its noun (‘one nurse working in the wards’, ‘a volunteer based in the port’, ‘an
#: engineer stationed at the dam’; w66g).
#:
#: >>> sorted(POSITION_PARTICIPLES)[:4]
#: ['based', 'deployed', 'living', 'posted']
POSITION_PARTICIPLES = frozenset("working living based serving stationed posted deployed volunteering".split())

#: The words of an office after "Secretary of", "Minister of", "Chief of" ("State", "Homeland Security").
OFFICE_WORDS = frozenset("""
state defense defence staff homeland security treasury justice labor labour commerce energy
transportation education agriculture interior health housing veterans foreign affairs home finance war
trade environment culture climate digital economy economic development industry enterprise employment
migration tourism transport infrastructure police civil aviation power water resources information
broadcasting planning railways shipping ports fisheries forests mines petroleum sport sports youth welfare
irrigation revenue communications technology science telecommunications
""".split())

#: Capitalised words that rank an office before its noun ("Permanent Secretary", "Parliamentary
#: Secretary", "Senior Minister of State", "Principal Secretary"): part of the office, never a name.
#:
#: >>> "permanent" in OFFICE_RANK_WORDS, "interior" in OFFICE_RANK_WORDS
#: (True, False)
OFFICE_RANK_WORDS = wordset("""
parliamentary permanent principal senior junior deputy assistant associate special chief under acting
executive joint additional
""")

#: A sport's positions and events, whose player a story may call again by a generic word
#: (:data:`GENERIC_PLAYER_EPITHETS`): ‘Jack, 33, a midfielder, …. “…,” the athlete said’.
SPORTING_POSITIONS = wordset("""striker midfielder defender goalkeeper keeper winger forward quarterback pitcher
catcher shortstop linebacker batter batsman bowler sprinter hurdler skater skier jockey cyclist golfer boxer
swimmer gymnast fighter wrestler rower""")

#: Prepositions a credit line or a byline puts before a name, which close no tag (‘Neilson Barnard via
#: Getty Images’, ‘Photo courtesy of’).
TAG_PREPOSITIONS = wordset("via courtesy per from by with for")

#: Generic words for a sportsperson, which fit any position or event of :data:`SPORTING_POSITIONS`.
GENERIC_PLAYER_EPITHETS = wordset("athlete player sportsman sportswoman")

#: Positions and specialisms of players in rugby, cricket, football codes, baseball and athletics,
#: that a report calls its subject by, as "the striker" (‘Moses-Reid said his players were hurting.
#: “…,” the halfback said’; ‘“…,” said the leg-spinner’). Epithets, not offices; the positions a
#: team's line-up gives as roles too ("the Sharks linebacker", "the Kent wicketkeeper") are also in
#: ROLE_NOUNS.
SPORT_POSITIONS = wordset("""
halfback half-back fullback full-back five-eighth fly-half scrum-half flanker hooker prop loosehead tighthead
centre-back center-back wing-back playmaker netminder shot-stopper ruckman
wicketkeeper wicket-keeper keeper-batter pacer quickie leg-spinner off-spinner legspinner offspinner
left-hander right-hander allrounder
linebacker cornerback tailback shortstop outfielder infielder catcher
hurdler vaulter marathoner miler decathlete heptathlete
""")

#: Every position or event whose player a generic word (:data:`GENERIC_PLAYER_EPITHETS`) may stand for.
PLAYER_EPITHET_POSITIONS = SPORTING_POSITIONS | SPORT_POSITIONS


#: Positions a sports report writes capitalised before a player's full name, opening a sentence
#: (‘Shooter Aroha Tane sank 38 from 41’, ‘Opener Devendra Bhagwandin made 112’, ‘Goalie Tuukka
#: Lahtinen made 34 saves’, ‘Kicker Brandtley Ostrowski’): the player's title, no word of the name
#: (only before two words or more, and never a body's: "Lock Haven University").
POSITION_TITLES = SPORT_POSITIONS | wordset("""
shooter goalie goaltender netminder blueliner centreman attacker
opener seamer spinner paceman pacer
reliever closer starter slugger lefty righty southpaw
wideout kicker placekicker punter
lock
""")

#: Nouns that make a phrase a role: "Germany's defense minister", "a Pentagon spokesperson".
#: Executives' offices in letters ("CEO", "CFO"): roles, ranks written in capitals, and never a surname.
EXECUTIVE_ACRONYMS = wordset("ceo cfo coo cto cmo cio cso cpo cro cco chro cdo")

#: A sports team's offices in letters (‘Pilots GM Ellen Marchetti’): a title only in
#: capitals and right before a name, like a police rank's letters (ACRONYM_RANKS); never the firm
#: "GM" alone, which names no person.
#:
#: >>> "gm" in TEAM_OFFICE_ACRONYMS, "ceo" in TEAM_OFFICE_ACRONYMS
#: (True, False)
TEAM_OFFICE_ACRONYMS = wordset("gm")

#: Players' positions that are also common words ("center", "wing"), a title before a name only
#: between a team's capitalised word and the name (‘Comets center Marcus Hale had 24 points’; never
#: "the community center").
WORD_POSITIONS = wordset("""
center centre wing lock pivot
""")

#: Nouns that call a person by where they come from or are bound (‘the Mankato native’, ‘the
#: Murray State signee’, ‘the Ohio State transfer’, ‘the Duke graduate’): an epithet whose
#: capitalised words the article has given one person before.
PLACE_EPITHET_NOUNS = wordset("""
native product signee commit transfer recruit graduate alumnus alumna man woman
""")
# (and "man", "woman": ‘the Moycullen man’, ‘the Ballymena woman’, as Irish and British sport and
# local reporting write them)

#: People of a city, as sport and local reporting call one just named (‘the Dubliner’, ‘the
#: Aucklander’): a place epithet whose place the article need not write.
CITY_DEMONYMS = wordset("""
dubliner londoner aucklander glaswegian mancunian liverpudlian corkonian sydneysider melburnian
parisian muscovite capetonian lagosian nairobian
""")

#: School and college players' positions written as a title before the name, which a report then
#: calls them by ("Sophomore left-hander Nate Ruiz struck out 13. “…,” the left-hander said";
#: "Freshman setter Ana Voss …. “…,” the setter said"; ‘Miners starter Kenji Sato allowed two runs. He said
#: …’, w52c): roles, like "pitcher" and "shortstop".
PLAYER_POSITIONS = wordset("""
left-hander right-hander southpaw setter libero catcher receiver starter reliever
""")

#: Professions of science and medicine, named in science copy as often as by a title (‘a
#: virologist at …’, ‘One oncologist who enrolled patients …, said’): roles, and people a report may bring
#: in unnamed.
SCIENCE_PROFESSIONS = wordset("""
virologist epidemiologist cardiologist oncologist neurologist psychologist psychiatrist pediatrician
paediatrician surgeon neurosurgeon dermatologist radiologist pathologist immunologist geneticist
biologist chemist physicist geologist climatologist oceanographer astronomer astrophysicist ecologist
zoologist botanist archaeologist anthropologist sociologist criminologist statistician demographer
meteorologist seismologist volcanologist herpetologist entomologist pharmacist dentist veterinarian
classicist mathematician neuroscientist palaeontologist paleontologist primatologist papyrologist
hydrologist microbiologist biochemist ornithologist egyptologist linguist philologist cosmologist
""")

#: Titles written before a name and the nouns of the unnamed people they may stand for: a described witness
#: named by such a title in the next sentence (‘A consultant psychiatrist who treated her told the inquest
#: …. Dr Samuel Okonjo said’) is that person; never a title of another kind (‘Father’ for a surgeon).
TITLES_OF_KIND = {
    title: SCIENCE_PROFESSIONS | wordset("doctor physician gp medic consultant scientist researcher lecturer academic expert")
    for title in ("dr", "doctor")
} | {
    title: SCIENCE_PROFESSIONS | wordset("scientist researcher lecturer academic expert economist historian scholar")
    for title in ("prof", "professor")
}

#: Roles and titles written before a name or after "the" (a sport's competitors among them, so that
#: ‘Sprinter Ewa Nowicka’ and a headline's ‘Hurdler Nowicka’ are the person, the word a role; and a
#: cycling team's staff by the French words the sport's English press keeps, ‘directeur sportif Pascal Roux’;
#: a netball side's ‘Tūī shooter Hana Pōtae’).
#:
#: >>> "sprinter" in ROLE_NOUNS, "striker" in ROLE_NOUNS, "sprint" in ROLE_NOUNS, "presenter" in ROLE_NOUNS
#: (True, True, False, True)
#: >>> "informateur" in ROLE_NOUNS  # (the Dutch coalition explorer's office: ‘Informateur Joost van Leeuwen’)
#: True
#: >>> "under-secretary-general" in ROLE_NOUNS  # (the UN's grade: ‘Under-Secretary-General for X Ana Ruiz’, w66h)
#: True
#:
#: A property trade before a name is one too (‘Auctioneer Jo Roe said’, w61d):
#:
#: >>> "auctioneer" in ROLE_NOUNS, "realtor" in ROLE_NOUNS
#: (True, True)
#:
#: And a manual trade (‘Another passenger, trucker Ray Doyle, said’, w63a):
#:
#: >>> "trucker" in ROLE_NOUNS, "welder" in ROLE_NOUNS, "truck" in ROLE_NOUNS
#: (True, True, False)
#:
#: And one who runs a race (‘A local runner, one of 9,000 finishers, summed it up: “…”’, w65b):
#:
#: >>> "runner" in ROLE_NOUNS, "jogger" in ROLE_NOUNS, "run" in ROLE_NOUNS
#: (True, True, False)
ROLE_NOUNS = wordset("""
linebacker cornerback tailback halfback fullback shortstop outfielder infielder wicketkeeper batsman batter bowler skipper
defenseman defenceman defensemen defencemen goaltender netminder comhairle
minister secretary spokesperson spokesman spokeswoman spokespeople ambassador president
senator representative congressman congresswoman governor mayor chancellor premier leader
chairman chairwoman chair director chief official officials adviser advisor aide counterpart
envoy rapporteur general admiral commander officer analyst researcher professor economist expert lawyer
attorney judge justice candidate nominee strategist pollster consultant manager founder
executive pc dci president-elect deputy head member lawmaker legislator delegate diplomat
correspondent reporter editor columnist author writer commissioner prosecutor sheriff
superintendent chairperson coordinator fellow scholar historian activist organizer
campaigner operative donor voter supporter critic reviewer opponent owner partner principal
king queen prince princess pope cardinal bishop archbishop rabbi imam pastor priest coach captain
emir sultan sheikh duchess
prime vice press speaker whip counsel inspector investigator sergeant detective agent
negotiator mediator informateur formateur mp mep senator-elect governor-elect mayor-elect host
anchor presenter commentator pundit physician doctor nurse scientist engineer student teacher
source sources spokesmen comedian actor actress singer musician journalist billionaire
businessman businesswoman assemblyman assemblywoman councilman councilwoman councilmember
challenger dj entrepreneur filmmaker novelist poet artist rapper producer celebrity advocate
farmer worker retiree veteran mechanic boss publicist
councillor councilor alderman alderwoman vicar chaplain defendant plaintiff claimant trustee patrolman
solicitor barrister supervisor chef baker cook barista bartender waiter waitress cashier shopkeeper clerk
carpenter electrician plumber builder painter sculptor photographer composer dancer designer programmer
lecturer academic headteacher apprentice trainee co-founder cofounder fisherman miner sailor soldier monk nun
swimmer landlord merchant broker translator biographer memoirist bookseller essayist illustrator
songwriter creator co-creator inventor schoolteacher
trucker welder roofer plasterer bricklayer labourer laborer cabbie
secretary-general attorney-general governor-general director-general solicitor-general surgeon-general
auditor-general inspector-general accountant-general comptroller-general registrar-general under-secretary undersecretary
under-secretary-general undersecretary-general
vice-president vice-chair vice-chairman vice-chancellor vice-captain co-chair co-leader
editor-in-chief commander-in-chief
firefighter paramedic constable trooper warden ranger pilot striker goalkeeper midfielder defender
winger quarterback pitcher referee umpire player athlete jockey cyclist golfer boxer
sprinter hurdler gymnast rower skater wrestler shooter runner jogger
magistrate taoiseach tanaiste tánaiste garda sarpanch kaumatua kaumātua pulenu'u pulenu’u td msp guard rep respondent
treasurer auditor comptroller assessor selectman selectwoman assemblymember backbencher frontbencher peer moderator
participant interviewee co-star costar objector complainant servant
midwife therapist clinician lobbyist organiser volunteer trader banker investor accountant
architect curator librarian publisher operator carrier coroner colonel brigadier lieutenant corporal
co-pilot copilot purser helmsman navigator signaller signalman motorman
sac dcp acp ssp sho dgp mla mca star sp cp dsp asp igp aig dpp lt-gen maj-gen brig-gen lt-col dcop csp cop mk gaffer
forecaster churchwarden marshal pcso
auctioneer realtor valuer conveyancer
picker packer stower sorter
contestant housemate heartthrob
prefect ombudsman ombudswoman ombudsperson bursar bailiff consul nuncio mufti abbot abbess
marquess marchioness viscount viscountess baroness countess emperor empress monarch heir courtier
keeper zookeeper handler trainer breeder angler birder diver lifeguard gamekeeper beekeeper herder forester
gardener caretaker custodian janitor traveller traveler hiker climber skier surfer spectator
sophomore freshman porter doorman concierge bouncer cleaner receptionist
rector dean provost conductor choreographer frontman frontwoman headliner drummer guitarist bassist vocalist showrunner
baritone soprano mezzo-soprano contralto tenor cellist violist pianist violinist organist harpist soloist ballerina
reeve cathaoirleach
developer streamer modder commenter viewer speedrunner redditor netizen
reader listener caller texter emailer
playwright screenwriter headmistress headmaster florist coxswain deacon tutor registrar vet pensioner
controller dispatcher attendant
cadet midshipman airman seaman ensign gunner sapper corpsman specialist
prebendary canon pandit archpriest archdeacon archimandrite granthi
dealer exporter importer buyer grower rancher shipper roaster wholesaler agronomist
server sommelier stylist restaurateur hostess assistant butcher tailor seamstress influencer blogger coder
lineman lineworker rescuer administrator
foreman forewoman postman postwoman ferryman groundskeeper milkman fireman repairman handyman deckhand arbitrager arbitrageur glaciologist
promoter recorder winemaker brewer grader steward collector planner
directeur sportif soigneur
""") | EXECUTIVE_ACRONYMS | TEAM_OFFICE_ACRONYMS | KIN_NOUNS | PLAYER_POSITIONS | SCIENCE_PROFESSIONS

#: Ranks and offices written as capitals ("DCP Anil Sharma", "the MLA said"), titles only in
#: capitals: "Sho Tanaka" is a name.
ACRONYM_RANKS = EXECUTIVE_ACRONYMS | TEAM_OFFICE_ACRONYMS | wordset("sac dcp acp ssp sho dgp mla mca mp mep msp td pc pcso dc ds di dci sp cp dsp asp igp aig dpp dcop csp cop mk")

#: A district's part written after a police rank's letters, part of the title and never of the
#: name: "SSP East Qamar Jatoi", "SP City Rahul Mishra", "DCP North Anita Rao".
#: >>> "east" in RANK_DISTRICTS, "rural" in RANK_DISTRICTS
#: (True, True)
RANK_DISTRICTS = wordset("east west north south central city rural")

#: The police ranks' letters a district follows (never a legislator's: ‘MP North Devon Selaine Saxby’
#: is no MP of "North").
DISTRICT_RANKS = wordset("ssp sp dcp acp dsp asp sho igp aig cp dgp")

#: Faiths, which a capital makes no name (‘The governor, a Catholic, said’, ‘identified herself as Catholic’).
FAITHS = wordset("""catholic catholics protestant muslim christian jewish jew hindu sikh buddhist mormon anglican
baptist methodist evangelical orthodox atheist""")

#: Nouns that tell a described person's gender ("my father … he", "the congresswoman … she").
#: Words that open a sentence's clause of time whose subject is the one the sentence is about when
#: the main clause's subject is a thing: ‘When Ana Cruz walked on stage, the roar lasted a minute.’
FOCUS_CLAUSE_OPENERS = wordset("when as after before once while")


#: Words that make an epithet a career a person has left ("the former international", "the
#: ex-Marine", "the one-time champion"): a person's own past, which may differ from the office the
#: article gives them now (a coach who was a player), so it is never another's office.
FORMER_CAREER_WORDS = wordset("former ex onetime one-time erstwhile retired")

#: Trades that a role list holds (so "the former executive" is no epithet of its own) but that are a
#: career, not one post someone else holds now, when a trade or field is said before them: ‘the former
#: trucking executive’, ‘the former cricket commentator’ (never ‘the former chief executive’, a rank
#: of :data:`OFFICE_RANK_WORDS`, nor ‘the former finance minister’, a post).
#:
#: >>> "banker" in FIELD_CAREER_NOUNS, "minister" in FIELD_CAREER_NOUNS
#: (True, False)
#:
#: Words of a jurisdiction or a public body that, before a trade, make it one post someone else holds now
#: (‘the former county executive’, ‘the former district attorney’, ‘the former city attorney’), never a
#: career in a field.
JURISDICTION_WORDS = wordset("""
district county city state federal municipal borough town village parish provincial regional national
council public crown circuit
""")

FIELD_CAREER_NOUNS = wordset("""
executive banker commentator broadcaster journalist lawyer attorney engineer businessman businesswoman
entrepreneur trader analyst diplomat accountant consultant lobbyist investor financier economist
""")


GENDERED_NOUNS = {**dict.fromkeys(wordset("""
father son husband brother uncle nephew grandfather man boy gentleman king prince congressman
businessman spokesman chairman councilman assemblyman actor grandson stepson widower fiance
policeman salesman sportsman fisherman boatman monk duke
"""), "m"), **dict.fromkeys(wordset("""
mother daughter wife sister aunt niece grandmother woman girl lady queen princess congresswoman
businesswoman spokeswoman chairwoman councilwoman assemblywoman actress granddaughter stepdaughter widow fiancee
waitress hostess landlady stewardess headmistress policewoman saleswoman sportswoman nun duchess heiress
"""), "f")}


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
#: judge who chaired an inquiry; ‘His diary records’), a body's never being "his" or "her".
#:
#: >>> "caption" in OWN_WRITINGS, "report" in OWN_WRITINGS, "book" in OWN_WRITINGS
#: (True, True, False)
OWN_WRITINGS = wordset("caption post tweet message note email letter statement text report memo memorandum diary")

#: Verbs of taking words off a thing (‘drops “plant-based” from its packaging’, ‘removing the word
#: “natural” from its labels’): the words in marks right after them and before "from" are a term
#: taken off, no one's speech.
#:
#: >>> "dropping" in REMOVING_VERBS, "said" in REMOVING_VERBS
#: (True, False)
REMOVING_VERBS = wordset("""
drop drops dropped dropping remove removes removed removing strip strips stripped stripping scrap scraps
scrapped scrapping ditch ditches ditched ditching delete deletes deleted deleting erase erases erased erasing
omit omits omitted omitting axe axes axed axing scrub scrubs scrubbed scrubbing purge purges purged purging
excise excises excised excising
""")

#: Nouns of what a cook or a bartender makes and names (‘a dish he calls “Mama's Sunday Rice”’, ‘a
#: cocktail she calls “The Slow Tide”’): a name in title case its maker gives it, never speech.
#:
#: >>> "dish" in DISH_NOUNS, "problem" in DISH_NOUNS
#: (True, False)
DISH_NOUNS = wordset("""
dish dishes drink drinks cocktail cocktails sandwich burger pizza dessert pudding cake pastry sauce stew curry
soup salad plate bowl bun roll pie tart loaf bread recipe special platter brew beer blend
""")

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

#: Documents, which "say" things; what a person's document says is theirs ("Trump’s tweet said").
DOCUMENT_NOUNS = wordset("""
statement report reports study survey poll document documents letter memo guidance ruling
filing complaint lawsuit indictment order release post tweet email emails message note notice website
editorial article piece book transcript bill resolution platform ad advert advertisement suit commentary
affidavit contract video footage recording verdict petition audit audits inquiry assessment review
opinion dissent slide presentation caption manifest budget charter decree sheet factsheet brochure
leaflet flyer flier mailer pamphlet handout bulletin advisory circular directive memorandum dossier newsletter citation entry
declaration log logs logbook chargesheet warrant faq faqs communique communiqué appeal investigation draft
""")

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

#: Unnamed people whose kind tells no sex, for whom a reporter may write a singular "they" (‘The
#: spokesperson added that a review was under way. ‘…,’ they said’).
#:
#: >>> "spokesperson" in THEY_PERSON_NOUNS, "spokesman" in THEY_PERSON_NOUNS
#: (True, False)
THEY_PERSON_NOUNS = wordset("spokesperson source officer official employee staffer insider representative")

#: Unnamed sources of gossip and tip-offs whom a report goes on to call "they", as a singular: the one
#: such source a sentence opens with stands for the "they" of the quotation after it (‘But a pal of
#: the singer told OK! she was “gutted”. / “She never saw it coming,” they said.’).
#:
#: >>> "pal" in ANONYMOUS_SOURCE_NOUNS, "fan" in ANONYMOUS_SOURCE_NOUNS
#: (True, False)
ANONYMOUS_SOURCE_NOUNS = wordset("source insider pal friend spokesperson confidant confidante aide representative rep")

#: Words that make "the <epithet>" maybe another holder of the office than the one a paragraph
#: before is about (‘Chancellor X …. / “…,” the former chancellor said’, ‘the deputy leader’).
#:
#: >>> "former" in EPITHET_OTHER_HOLDER_WORDS, "democratic" in EPITHET_OTHER_HOLDER_WORDS
#: (True, False)
EPITHET_OTHER_HOLDER_WORDS = wordset("former ex deputy vice acting assistant interim late then previous new")

#: Who an "according to" before a named speaker's words may be, as the ones who report them, never
#: the speaker (‘According to two people present, the trade secretary, X, dismissed it as “…”’).
#:
#: >>> "people" in REPORTING_SOURCE_HEADS, "minister" in REPORTING_SOURCE_HEADS
#: (True, False)
REPORTING_SOURCE_HEADS = wordset("""people person persons source sources insider insiders witness witnesses attendee attendees
participant participants""")

#: Social platforms and their features, never a speaker nor whom a pronoun stands for (‘Taking to
#: Instagram Stories, she fumed’, ‘She posted a TikTok video reading: “…”’): a bare "X" is a platform
#: only with one of :data:`PLATFORM_FEATURES` after it.
#:
#: >>> "tiktok" in PLATFORM_NAMES, "stories" in PLATFORM_FEATURES
#: (True, True)
PLATFORM_NAMES = wordset("instagram tiktok snapchat youtube facebook twitter threads whatsapp telegram weibo wechat bluesky linkedin")
PLATFORM_FEATURES = wordset("story stories live reel reels post posts video videos feed page account channel grid")

#: A second unnamed one of a kind speaking, opening a sentence: a report may write their singular
#: "they" whatever the kind (‘The other developer said they had worked 70-hour weeks. “…,” they said’).
#:
#: >>> RE_OTHER_ONE_SPEAKS.match("A second engineer said they had raised it").group("who")
#: 'A second engineer'
#: >>> RE_OTHER_ONE_SPEAKS.match("The other side said") is not None
#: True
#:
#: It matches more than one of a kind ("The other day she said"): its user takes only a description's
#: head (group "head", here "she", is none).
#:
#: >>> RE_OTHER_ONE_SPEAKS.match("The other day she said").group("head")
#: 'she'
RE_OTHER_ONE_SPEAKS = LazyPattern(r"(?P<who>(?:The other|A second|A third|Another) (?:\p{Ll}[\p{Ll}\-]+ ){0,2}(?P<head>\p{Ll}[\p{Ll}\-]+))"
                                  r"(?:,[^,.!?\n]{1,80},)? (?:said|says|told|tells|added|wrote|described)\b")

#: Members of a parliament described without a name (‘One backbencher said …’), and the loose words
#: a reporter uses for such a one after (‘“…,” the MP said’): "the MP" may be the backbencher described
#: before, never the other way round (an MP need not sit on the back bench).
#:
#: >>> "backbencher" in DESCRIBED_MEMBER_NOUNS, "mp" in MEMBER_ANAPHOR_NOUNS, "backbencher" in MEMBER_ANAPHOR_NOUNS
#: (True, True, False)
MEMBER_ANAPHOR_NOUNS = wordset("mp lawmaker legislator parliamentarian")
DESCRIBED_MEMBER_NOUNS = MEMBER_ANAPHOR_NOUNS | wordset("backbencher frontbencher")

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

#: Head nouns of a public body whose name may hold "and" between two of its words (‘the Energy and
#: Commerce Committee’, ‘the Securities and Exchange Commission’); never a firm's (‘X and Y Partners’
#: are two).
#:
#: >>> "committee" in PUBLIC_BODY_HEADS, "bank" in PUBLIC_BODY_HEADS
#: (True, False)
PUBLIC_BODY_HEADS = wordset("committee subcommittee commission council authority board agency department ministry "
                            "tribunal caucus")

#: What a study or a report does with its words (‘…,” the report found’), beside speech verbs.
#:
#: >>> "found" in FINDING_VERBS, "said" in FINDING_VERBS
#: (True, False)
FINDING_VERBS = wordset("found finds showed shows indicated indicates estimated estimates")

#: Verbs whose "that" opens what they say or find, never a relative clause of the noun before them:
#: ‘The court found that judge Alan Pellow had told jurors …’ (speech verbs count too).
#:
#: >>> "held" in THAT_CLAUSE_VERBS, "court" in THAT_CLAUSE_VERBS
#: (True, False)
THAT_CLAUSE_VERBS = FINDING_VERBS | wordset("held decided determined believed believes knew learned heard")

#: Head nouns of descriptions that are documents or bodies, not people: they "say" things, but
#: never stand for "he" or "she".
THING_NOUNS = DOCUMENT_NOUNS | wordset("""
group groups campaign agency
ministry department government administration committee council court board company firm
party office team newspaper paper outlet network channel magazine organization organisation
union association federation coalition alliance movement army military police constabulary
commission embassy consulate bank institute university foundation fund bureau service parliament cabinet
panel bench regulator authority authorities body
club league charity trust hospital museum system
carmaker automaker airline carrier broadcaster publisher studio label retailer supermarket chain
insurer lender exchange watchdog manufacturer maker supplier operator utility startup start-up
giant conglomerate brand railroad railway airport port patrol force
collaboration consortium observatory laboratory institution
journal tabloid publication station newsletter blog podcast school zoo church diocese drugmaker
franchise band orchestra festival opposition junta regime militia
biotech chipmaker cooperative co-operative co-op directorate clinic tribunal chamber jury
prefecture coastguard inspectorate secretariat municipality governorate command leadership politburo presidium
society college academy caucus
refinery refiner
unit
""")  # (the last lines: an oil firm called by its plant, ‘Port Harlow Refinery …. The refinery said’, w59c;
# a body whose name ends in "Unit", ‘The Fraud Intelligence Unit said …. The unit said it had been “…”’, w65b)

#: Head nouns that are a firm's kind and a worker's alike (‘the operator’, a firm; ‘a crane operator’, a
#: person): someone a "he" or "she" may stand for when brought in unnamed with a word before the noun.
#:
#: >>> sorted(WORKER_THING_NOUNS)
#: ['carrier', 'operator', 'publisher']
WORKER_THING_NOUNS = THING_NOUNS & ROLE_NOUNS


#: First halves of letters of UTF-8 read as Latin-1 or Windows-1252 ("Ã" of "Ã±" for ñ, "Å" of "Å¡" for š).
MOJIBAKE_FIRST = "ÃÄÅ"


#: Words of number, which open no one's name ("Twelve Hours", "Three Rivers") and are no one's name
#: alone ("Twenty states sued": no "Twenty" who states).
NUMBER_NAMES = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                         "hundred thousand million".split())

#: Counts of a few, two to ten, in words: of people brought in together (‘Two former employees, who …,
#: said’, ‘one of the two other sources’), or after "the" and an adjective, a modifier of the noun after
#: them (‘the big three rating agencies’, ‘the other two candidates’).
#:
#: >>> "three" in SMALL_COUNT_NAMES, "one" in SMALL_COUNT_NAMES, "the" in SMALL_COUNT_NAMES
#: (True, False, False)
SMALL_COUNT_NAMES = wordset("two three four five six seven eight nine ten")

#: An age written as an epithet, before a name or as the noun of one (‘16-year-old Maisie Trewin’, ‘the
#: 47-year-old Dane’).
#:
#: >>> bool(RE_AGE_EPITHET.fullmatch("19-year-old")), bool(RE_AGE_EPITHET.fullmatch("19-year"))
#: (True, False)
RE_AGE_EPITHET = LazyPattern(r"\d{1,3}-year-old")


#: The days of the week, capitalised (‘announced on Wednesday’).
WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())

#: Feasts, holidays and seasons of the year, which a text names as times (‘a message from last
#: Christmas:’, ‘one sent at Diwali:’): never someone who speaks.
#:
#: >>> "Christmas" in TIME_NAMES, "Christie" in TIME_NAMES
#: (True, False)
TIME_NAMES = frozenset("""Christmas Easter Thanksgiving Hanukkah Chanukah Diwali Eid Ramadan Passover Halloween Hogmanay
Lent Advent Pentecost Whitsun Michaelmas Candlemas Epiphany Holi Vesak Navratri Kwanzaa Yom Kippur Rosh Hashanah
Midsummer Christmastime Eastertide""".split()) | WEEKDAY_NAMES

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

#: Months as news style writes them short before a day (‘takes effect Jan. 1’, ‘on Sept. 14’): a date,
#: never a person's name, though each is capitalised and its full stop ends no sentence.
#:
#: >>> "Jan." in MONTH_ABBREVIATIONS, "Sept." in MONTH_ABBREVIATIONS, "Jan" in MONTH_ABBREVIATIONS
#: (True, True, False)
MONTH_ABBREVIATIONS = frozenset("Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec.".split())

#: A government's level written in lower case before a capitalised title (‘state Rep. X’, ‘county
#: Commissioner X’, ‘city Councilman X’, ‘federal Judge X’): part of the title, never the end of a name's
#: lead.
#:
#: >>> "county" in TITLE_LEVEL_WORDS, "federal" in TITLE_LEVEL_WORDS, "former" in TITLE_LEVEL_WORDS
#: (True, True, False)
TITLE_LEVEL_WORDS = frozenset("state county city federal municipal provincial town borough parish tribal".split())

#: Role nouns whose plural is a common surname ("Reeves"): never read as people in the plural.
SURNAME_PLURAL_ROLES = frozenset({"reeve"})

#: Words in -ing that are prepositions, never a participle after a subject ("officials including …").
ING_PREPOSITIONS = frozenset("including during according regarding concerning following excluding pending "
                             "considering barring notwithstanding".split())


#: Plurals of body nouns that are surnames or a team's name too ("Banks said", "Chambers said", "the
#: Giants said"): never read as bodies in the plural when capitalised alone ("the two banks" are).
SURNAME_PLURALS = frozenset("banks chambers churches courts giants makers".split())


def _plural(noun: str) -> str:
    """A role noun's plural ("researchers", "coaches", "secretaries", "wives").

    >>> [_plural(w) for w in ("author", "coach", "secretary", "wife", "chief")]
    ['authors', 'coaches', 'secretaries', 'wives', 'chiefs']
    """
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + "s"


#: Bodies in the plural ("the two parties said", "both governments said", "the companies said"; but
#: see SURNAME_PLURALS).
BODY_PLURALS = frozenset(_plural(w) for w in THING_NOUNS - DOCUMENT_NOUNS if not w.endswith("s"))

#: Bodies of a town that local news calls by their kind alone, which no list of speakers' nouns
#: holds (too often a place: ‘the city has grown’): a statement's issuer only as the subject of the
#: sentence that gives it (‘In a Facebook post, the district thanked families.’, ‘The shelter said in
#: a post that …’).
LOCAL_BODY_NOUNS = wordset("district shelter city county town village township borough parish")

#: Words of scope that bring in a town's or a county's own body of a kind in lower case, unnamed
#: (‘the town council’, ‘a county council’, ‘the county fire and rescue service’, ‘the local ambulance
#: service’): the body a later "the council" or "the service" stands for, rather than one of the kind
#: named in passing of another scope (‘the UN Security Council’, ‘the National Health Service’).
#:
#: >>> "county" in LOCAL_SCOPE_WORDS, "national" in LOCAL_SCOPE_WORDS
#: (True, False)
LOCAL_SCOPE_WORDS = wordset("local town county parish district borough city village township municipal")

#: Words in a body's name that say it is national or international (‘the National Health Service’,
#: ‘the UN Security Council’, ‘the European Commission’): never a local one brought in by "local".
#:
#: >>> "un" in NATIONAL_SCOPE_WORDS, "county" in NATIONAL_SCOPE_WORDS
#: (True, False)
NATIONAL_SCOPE_WORDS = wordset("national international un united nations european federal world global")

#: What a body does in a post besides saying (‘In a Facebook post, the county thanked volunteers’).
POST_DEED_VERBS = wordset("""thanked apologized apologised announced urged reminded shared praised congratulated
welcomed confirmed cautioned encouraged mourned honored honoured""")

#: Head nouns of descriptions that can be speakers ("a source close to…", "officials"), and the
#: plurals of the role nouns ("the researchers said", "the coaches said").
#: Members a paper calls by their seat, the seat's name before the title, which may hold "and"
#: (‘the Cavan and Monaghan TD said’, ‘the Brighton and Hove MP’, ‘the Dublin Bay South TD’).
SEAT_TITLES = wordset("mp msp mla mep td mpp mhr mna mca")


#: Words that describe a person before a name and end like a given name ("Youngster Jo Bland",
#: "Sprinter Lee Dunn", "Newcomer Mae Hollis") but that the lists of roles and descriptions do not
#: hold: never a first given name before a given name often given second (names._given_before_middle).
#: A pupil's school year is one too: ‘Senior Maya Chen’, ‘Junior Ann Lee’ are the student Maya Chen, Ann Lee.
EPITHET_WORDS = wordset("""
youngster skater newcomer sprinter wrestler snowboarder podcaster presenter vlogger gamer civilian
guardian stepmother stepfather stepdaughter stepson teammate debutant debutante centenarian octogenarian
nonagenarian septuagenarian survivor local regular senior junior
""")

#: Imperatives a column brings someone in with before a colon and their words (‘Consider instead Siobhan
#: Kerr, who has taught for 20 years:’, ‘Meet Tunde Bello, a welder:’, ‘Take Priya Nair, 34:’).
#:
#: >>> "consider" in INTRODUCING_IMPERATIVES, "see" in INTRODUCING_IMPERATIVES
#: (True, False)
INTRODUCING_IMPERATIVES = wordset("consider meet take")

#: Words that end a description's head-bearing stretch: what follows is where or whom the one described
#: stands by, never their noun (‘a source close to the Kremlin’, ‘a source within the finance department’,
#: ‘an official inside the ministry’ are a source and an official, never "department" or "ministry").
#:
#: >>> "within" in DESCRIPTION_HEAD_STOPS, "inside" in DESCRIPTION_HEAD_STOPS, "senior" in DESCRIPTION_HEAD_STOPS
#: (True, True, False)
DESCRIPTION_HEAD_STOPS = wordset("close familiar who whose with from at of in for on to within inside")

#: Nouns a described speaker ends in (‘a caseworker’, ‘the girl's grandparents’, kin in the plural too;
#: the parties to a case: ‘one of the applicants’; a parent in the homely words, ‘one mum said’).
#:
#: >>> "grandparents" in DESCRIPTION_NOUNS, "siblings" in DESCRIPTION_NOUNS, "applicants" in DESCRIPTION_NOUNS
#: (True, True, True)
#: >>> "mum" in DESCRIPTION_NOUNS, "dad" in DESCRIPTION_NOUNS
#: (True, True)
#: >>> "functionary" in DESCRIPTION_NOUNS  # (‘A local KLP functionary said’)
#: True
DESCRIPTION_NOUNS = ROLE_NOUNS | THING_NOUNS | wordset("""
caseworker caseworkers counsellor counsellors counselor counselors
source sources official officials person people individual individuals man woman men women resident residents
witness witnesses spokespeople crew crews
family families parent parents friend friends neighbor neighbors protester protesters
demonstrators crowd audience staff aides advisers advisors allies critics supporters
voters lawmakers senators democrats republicans leaders experts analysts economists
boy boys girl girls child children mother father son daughter wife husband fan fans worker
workers user users attendee attendees veteran veterans insider insiders ally
neighbour neighbours passenger passengers bystander bystanders driver drivers motorist motorists motorcyclist motorcyclists
pedestrian pedestrians commuter commuters shopper shoppers customer customers survivor survivors
victim victims eyewitness eyewitnesses onlooker onlookers villager villagers tourist tourists visitor
visitors patient patients homeowner homeowners homebuyer homebuyers tenant tenants teenager teenagers colleague colleagues classmate classmates schoolmate schoolmates
relative relatives mission missions delegation delegations diner diners patron patrons evacuee evacuees
companion companions barman barmen barmaid barmaids punter punters usher ushers
employee employees staffer staffers observer observers participant participants guest guests
mourner mourners worshipper worshippers protestor protestors demonstrator rioters pupil pupils
pal pals bestie besties rider riders straphanger straphangers gardaí gardai management winner winners
rebel rebels insurgent insurgents militant militants fighter fighters troops forces locals clergy pilgrim
pilgrims refugee refugees migrant migrants inmate inmates juror jurors fisherman fishermen marcher marchers
carer carers caregiver caregivers client clients consumer consumers reader readers listener listeners
subscriber subscribers follower followers capitalist capitalists holder holders signatory signatories
sides countries nations palace presidency petitioner petitioners appellant appellants appellee appellees grantee grantees
vendor vendors seller stallholder stallholders hawker hawkers peddler peddlers hotelier hoteliers crofter crofters
innkeeper innkeepers publican publicans landlady landladies proprietor proprietors vintner vintners
distiller distillers fishmonger fishmongers greengrocer greengrocers grocer grocers cheesemaker cheesemakers
forager foragers housekeeper housekeepers busker buskers cabbie cabbies boatman boatmen trapper trappers
welder welders roofer roofers figure elder elders majority minority
screener screeners functionary functionaries
warrior warriors picketer picketers pastoralist pastoralists tribesman tribesmen heckler hecklers youths
congregant congregants parishioner parishioners believers crowds blocs
scout scouts
fixer fixers tunneller tunnellers tunneler tunnelers scaffolder scaffolders bricklayer bricklayers loader loaders
labourer labourers laborer laborers plasterer plasterers joiner joiners steelworker steelworkers docker dockers
associate associates jeweller jewellers jeweler jewelers goldsmith goldsmiths silversmith silversmiths blacksmith
blacksmiths barber barbers hairdresser hairdressers hairstylist hairstylists beautician beauticians manicurist
manicurists salesman salesmen saleswoman saleswomen salesperson salespeople technician technicians contractor
contractors instructor instructors interpreter interpreters courier couriers chauffeur chauffeurs caterer caterers
decorator decorators cobbler cobblers locksmith locksmiths machinist machinists glazier glaziers tiler tilers
surveyor surveyors stockbroker stockbrokers pawnbroker pawnbrokers moneylender moneylenders newsagent newsagents
optician opticians optometrist optometrists physiotherapist physiotherapists dietitian dietitians paralegal
paralegals recruiter recruiters preacher preachers politician politicians footballer footballers astronaut
astronauts auctioneer auctioneers bookkeeper bookkeepers nanny nannies shepherd shepherds herdsman herdsmen
weaver weavers undertaker undertakers upholsterer upholsterers typist typists cameraman cameramen camerawoman
dockworker dockworkers
crewman crewmen crewmember crewmembers mariner mariners seafarer seafarers signalmen helmsmen motormen
shareholder shareholders stockholder stockholders bondholder bondholders noteholder noteholders unitholder
unitholders creditor creditors depositor depositors borrower borrowers policymaker policymakers policy-maker
policy-makers rate-setter rate-setters ratesetter ratesetters dealmaker dealmakers financier financiers underwriter
underwriters franchisee franchisees actuary actuaries chartist chartists
caller callers texter texters emailer emailers panellist panellists panelist panelists
grandparent grandparents sibling siblings applicant applicants litigant litigants
mum mums mom moms dad dads
""") | frozenset(_plural(w) for w in ROLE_NOUNS if not w.endswith(("s", "man", "woman", "person")) and w not in SURNAME_PLURAL_ROLES) \
    | BODY_PLURALS

#: What a caller or a writer sends their words to, never a person a "who" clause after could name:
#: ‘A caller to the programme who gave his name as Dev’, ‘a listener to the show, who …’.
PROGRAMME_NOUNS = wordset("programme programmes program programs show shows phone-in station podcast broadcast helpline")

#: A first-person subject that opens a headline's quotation when the body quotes the rest as a fragment
#: in someone's reported speech (‘‘We’ve lost everything again’: …’ / ‘she had “lost everything
#: again”’): the headline puts back the subject the reported speech took away. Lower case, as words
#: split at apostrophes come (‘We’ve’ is "we", "ve").
#:
#: >>> "we" in FIRST_PERSON_SUBJECTS, "i" in FIRST_PERSON_SUBJECTS, "they" in FIRST_PERSON_SUBJECTS
#: (True, True, False)
FIRST_PERSON_SUBJECTS = wordset("i we")

#: What is left of a verb contracted onto a subject once a word is split at its apostrophe (‘We’ve’,
#: ‘I’m’, ‘we’re’, ‘I’ll’, ‘I’d’): no word of its own.
#:
#: >>> "ve" in SUBJECT_CONTRACTION_TAILS, "s" in SUBJECT_CONTRACTION_TAILS
#: (True, False)
SUBJECT_CONTRACTION_TAILS = wordset("m ve re ll d")

#: Those who call or write in to a programme or an outlet: whatever follows their "to" is the
#: programme or the outlet, never a person, so a "who" clause after them is theirs (‘One caller to
#: ABC Radio, who gave her name as Jan,’ is Jan; never a neighbour "of" someone).
#:
#: >>> "caller" in CALLER_NOUNS, "listeners" in CALLER_NOUNS, "neighbour" in CALLER_NOUNS
#: (True, True, False)
CALLER_NOUNS = wordset("caller callers listener listeners viewer viewers texter texters emailer emailers")

#: Works a person makes or delivers, named for their maker (‘a Tolliver monologue’, ‘the latest Okafor
#: essay’): things, which may "say" something but never stand for "he" or "she", however often the
#: article quotes them.
#:
#: >>> "monologue" in MADE_WORK_NOUNS, "broadcast" in MADE_WORK_NOUNS, "host" in MADE_WORK_NOUNS
#: (True, True, False)
MADE_WORK_NOUNS = PROGRAMME_NOUNS | wordset("""
monologue monologues sermon sermons speech speeches lecture lectures segment segments episode episodes
essay essays column columns op-ed screed rant tirade diatribe broadside harangue homily address
""")

#: Verbs that give a programme or a meeting its leader by "by", and the noun the article may call
#: them by after: ‘the debate, moderated by anchor X,’ … ‘the moderator asked’ is X.
LEADER_BY_VERB = {"moderated": "moderator", "hosted": "host", "presented": "presenter", "chaired": "chair",
                  "anchored": "anchor", "refereed": "referee"}

#: Words that number one in a line of people who speak in turn, after "the": ‘The first caller, Siobhan
#: in Tralee,’, ‘The next questioner, Amir,’ (one of a line, the one the given name after is).
TURN_WORDS = wordset("first second third fourth fifth next final last")

#: Words that end a sports club's name ("Manchester City", "Kingsmere Rovers", "Northbridge Athletic").
TEAM_WORDS = wordset("town city united rovers rangers wanderers athletic albion fc afc")


#: A broadcaster's words, which make a name an outlet's, never a person's: ‘BBC Radio Castlebridge’,
#: ‘Radio Harlow’, ‘Harlow TV’ (so that a club's ‘Harlow said’ is never the local station's).
BROADCAST_WORDS = wordset("radio tv television")

#: Words after a surname that tell which of a father and a son, namesakes, is meant, as the
#: elder and the younger do before it: ‘Varga senior said’ is the father, ‘Redknapp junior’ the son.
GENERATION_AFTER = {"senior": "elder", "junior": "younger"}

#: Words that mark an organisation rather than a person (generic heads, never one body's name).
ORG_WORDS = wordset("""
ministry department agency administration committee council court board company corporation
inc corp ltd llc party office team times post news journal tribune herald network channel
magazine organization organisation union association coalition alliance army police constabulary
institute university college school foundation fund bank group guild circle forum collective féin fáil cymru watch
commission senate congress parliament government cabinet campaign press media bureau service
club league hospital ambulance museum airlines airways schools foods motors labs laboratories industries holdings
technologies pharmaceuticals plc gmbh society trust entertainment records studios pictures productions
academy centre center clinic charity authority federation tribunal observatory orchestra theatre theater
cathedral mosque synagogue church temple partners securities ventures cooperative co-operative district
course program programme scheme initiative project consortium conference
corps unit brigade brigades battalion regiment
""") | TEAM_WORDS | BROADCAST_WORDS  # (an armed force's formations: "the Islamic Revolutionary Guard Corps", "the IDF Spokesperson's Unit")

#: Words that, after "that", show it is a conjunction opening a reported clause, never a demonstrative
#: (‘…, but that the company aimed to …’, ‘adding that its members …’).
CLAUSE_SUBJECT_OPENERS = wordset("the a an its his her their our my your this these those")

#: Plurals without an "s" whose possessive opens a body's name as the plural "s’" does (‘Women’s Aid’,
#: ‘the Children’s Hospital of Lagos’, ‘the People’s Health Movement’).
PLURAL_POSSESSORS = wordset("women men children people")

#: Words of a body's people before "for", "against" or "without" and its cause, plurals that need not end
#: in a long "s" (‘Youth for Climate Action’, ‘Women Against Violence’, ‘Moms for Liberty’, ‘Concerned People
#: for Good Governance’), and the people's words a place may come before in such a name (‘Twin Cities Parents
#: for …’).
#: >>> "youth" in CAUSE_PEOPLE_NOUNS, "moms" in CAUSE_PEOPLE_NOUNS, "sanders" in CAUSE_PEOPLE_NOUNS
#: (True, True, False)
CAUSE_PEOPLE_NOUNS = wordset("""youth people women men children kids moms mums dads parents mothers fathers
    families students citizens residents neighbors neighbours veterans voters taxpayers christians conservatives
    evangelicals liberals progressives""")

#: A saint's abbreviation before a possessive in a body's name (‘St John’s Ambulance’, ‘St. Mary’s Hospital’).
SAINT_ABBREVIATIONS = frozenset("St St. Saint Ste Ste.".split())

#: Last words of bodies' names that are no body's word elsewhere, read only after a possessive inside
#: the name (‘Women’s Aid’, ‘the Children’s Relief’, a people's or citizens' forum: ‘the First Peoples’
#: Assembly’, ‘the Citizens’ Assembly’, ‘the Workers’ Congress’).
#:
#: >>> "assembly" in BODY_NAME_ENDS, "minister" in BODY_NAME_ENDS
#: (True, False)
BODY_NAME_ENDS = wordset("aid relief assembly congress")

#: Verbs whose "to" names the one written or spoken to, the addressee (‘The mayor wrote to the Department
#: for Transport warning that …’, ‘X complained to Ofcom saying …’): a name after "to" there is the verb's
#: object, never the subject of a participle after it, which shares the writer's clause.
#:
#: >>> "wrote" in ADDRESSED_TO_VERBS, "went" in ADDRESSED_TO_VERBS
#: (True, False)
ADDRESSED_TO_VERBS = wordset("""
wrote written write writes writing complained complain complains appealed appeal appeals replied responded
""")

#: Verbs of a reporter reaching a body for its side of a story (‘When we contacted X, it said’).
CONTACT_VERBS = frozenset(("contacted", "approached", "asked", "wrote to", "called", "emailed", "queried",
                           "put this to", "put these points to", "put the complaint to", "raised this with",
                           "raised the case with", "raised her case with", "raised his case with", "raised their case with"))

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

#: Capitals, seats of power and places of war that a report writes after "from" for those there
#: (‘a letter from Brussels’, ‘a message from Gaza’): never a sender's one-word name, whatever the
#: rest of the text.
#:
#: >>> "brussels" in SENDER_PLACES, "putin" in SENDER_PLACES
#: (True, False)
SENDER_PLACES = wordset("""
abuja accra addis algiers amman amsterdam ankara antananarivo apia ashgabat asmara astana asuncion athens
baghdad baku bamako bangkok bangui banjul beijing beirut belgrade belmopan berlin bern bishkek bogota brasilia
bratislava brazzaville bridgetown brussels bucharest budapest cairo canberra caracas castries chisinau colombo
conakry copenhagen dakar damascus delhi dhaka dili djibouti dodoma doha dublin dushanbe freetown gaborone
georgetown gitega hanoi harare havana helsinki honiara islamabad jakarta jerusalem juba kabul kampala kathmandu
khartoum kigali kinshasa kyiv kiev lilongwe lima lisbon ljubljana lome london luanda lusaka luxembourg
madrid majuro malabo male managua manama manila maputo maseru mbabane minsk mogadishu monrovia montevideo moroni
moscow muscat nairobi nassau naypyidaw ndjamena niamey nicosia nouakchott nuku'alofa oslo ottawa ouagadougou
palikir paramaribo paris podgorica port-au-prince port-louis porto-novo prague praia pretoria pristina
pyongyang quito rabat reykjavik riga riyadh rome roseau sanaa santiago sarajevo seoul singapore skopje sofia
stockholm suva taipei tallinn tarawa tashkent tbilisi tegucigalpa tehran thimphu tirana tokyo tripoli tunis
ulaanbaatar vaduz valletta vienna vientiane vilnius warsaw washington wellington windhoek yaounde yerevan zagreb
westminster whitehall holyrood stormont strasbourg geneva davos hollywood gaza rafah ramallah
jenin kharkiv mariupol odesa odessa bakhmut donetsk luhansk kherson crimea aleppo idlib mosul raqqa darfur
goma tigray kashmir macau shanghai mumbai karachi lagos johannesburg istanbul dubai
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


#: Kinds of body a report writes right before a body's one-word name ("the video-sharing app
#: Lumo", "the VTuber agency StarLantern", "skincare company Glowhaus"): a name written after one
#: is a body's, never a "he" or a "she" (but never a person's role: "founder", "chief").
BODY_KIND_BEFORE_NAME = wordset("""
company firm agency startup start-up app platform network studio brand label retailer carmaker airline
broadcaster publisher outlet website site service marketplace developer chain charity
""")


#: Kinds of body that "the <kind>" stands for only when the body named before ends with the kind
#: (‘The National Hurricane Center said …. “…,” the center said’, ‘the Met Office's Hadley Centre’),
#: never a person of that trade (a basketball center: ‘Okoro, the Hawks' center, said’). So too a
#: panel or a unit, whose word alone is too often a group of people or a part of something (‘a panel of
#: judges’, ‘a police unit’): ‘The Athletics Disciplinary Panel banned …. In a statement, the panel
#: said’, ‘The Fraud Intelligence Unit opened an inquiry. The unit said’ (w65b).
#:
#: >>> "panel" in NAME_ENDING_BODY_NOUNS, "unit" in NAME_ENDING_BODY_NOUNS, "team" in NAME_ENDING_BODY_NOUNS
#: (True, True, False)
NAME_ENDING_BODY_NOUNS = wordset("""
center centre panel unit
""")


#: Kinds of body a report calls a body by once it has named it, whose name ends or opens with the
#: kind (‘The Port of Tanjung Priok said …. “…,” the port said’, ‘The Hunterian Museum said …. “…,” the
#: museum said’): a place or a building that speaks is its body.
#:
#: >>> "port" in NAME_HEAD_BODY_NOUNS, "museum" in NAME_HEAD_BODY_NOUNS, "city" in NAME_HEAD_BODY_NOUNS
#: (True, True, False)
NAME_HEAD_BODY_NOUNS = wordset("""
port museum gallery zoo library exchange
""")

#: Kinds a report calls any body by once it has spoken under its name, whatever that name holds
#: (‘Uisce Éireann said it had …. “…,” the utility said’, ‘Metro Transit said it would …. “…,” the
#: agency said’): "the <kind>" is that body when nothing else of the kind is told of between.
#:
#: >>> "agency" in GENERIC_BODY_NOUNS, "operator" in GENERIC_BODY_NOUNS, "union" in GENERIC_BODY_NOUNS
#: (True, True, False)
#:
#: Those of a state who give an official count (‘as the government put the toll at “…”’, ‘after police
#: estimated the crowd at “…”’): whoever else a sentence of disputed figures quotes, never they.
COUNT_SETTER_NOUNS = wordset("government army military police junta authorities ministry")

GENERIC_BODY_NOUNS = wordset("""
agency operator utility company firm organisation organization authority
""")


#: Trades a lede sets off after the name of the firm it is about (‘Vaultline, a cryptocurrency exchange
#: that …, froze withdrawals’, ‘Kestrel, a chip designer, said’), besides a firm's own words ("a lender",
#: "a carmaker", "a developer"): that subject is the firm "the company" stands for later.
#:
#: >>> "exchange" in LEDE_FIRM_KINDS, "designer" in LEDE_FIRM_KINDS, "group" in LEDE_FIRM_KINDS
#: (True, True, False)
LEDE_FIRM_KINDS = wordset("""
exchange platform startup start-up designer producer provider miner brewer grocer supermarket airline carrier
bank insurer developer manufacturer maker operator conglomerate
""")


#: What a report calls a weather service by its kind once it has named it (‘The Met Office issued an
#: amber warning. “…,” the forecaster said’, ‘the weather service said’ of the Met Office or the
#: National Weather Service).
WEATHER_KIND_NOUNS = frozenset(("forecaster", "national forecaster", "state forecaster", "weather forecaster",
                                "weather service", "weather bureau", "weather agency", "weather office"))

#: Words of a weather service's name (‘the National Weather Service’, ‘the Japan Meteorological
#: Agency’, ‘the Hong Kong Observatory’); and the words after "Met" in one (‘the Met Office’, ‘Met
#: Éireann’; never the London police's ‘Met Police’).
#:
#: >>> "meteorological" in WEATHER_NAME_WORDS, "office" in MET_NAME_ENDS, "police" in MET_NAME_ENDS
#: (True, True, False)
WEATHER_NAME_WORDS = wordset("weather meteorological meteorology observatory")
MET_NAME_ENDS = wordset("office éireann eireann service")

#: People of a weather service's trade: where the article names one, "the forecaster" may be that one.
WEATHER_PERSON_NOUNS = wordset("forecaster meteorologist")


#: Words that end a utility's name, which storm and outage reports call "the company" or "the
#: utility" once named (‘Kentucky Power said …. “…,” the company said’, ‘Thames Water’, ‘Northern
#: Powergrid’, ‘Lone Star Power Delivery’).
UTILITY_NAME_WORDS = wordset("""
power powergrid grid water electricity delivery
""")

#: A firm's trade, set off after a name none of whose words is a firm's (‘Brightline Strategies, a
#: consultancy that …’): the name is a company's. Only trades no person is called by (never "developer",
#: "producer", "consultant").
FIRM_SET_OFF_TRADES = wordset("""
firm company startup start-up consultancy lender retailer insurer manufacturer drugmaker chipmaker carmaker
automaker airline supplier wholesaler distributor conglomerate subsidiary
""")

#: Last words of a firm's name in the singular that BUSINESS_WORDS leaves out, for they end the names of
#: other things too (‘Maersk Line’, ‘Pacifica Container Line’, but ‘the Central Line’, ‘Evening Express’):
#: a firm's only as the subject of the sentence right before "the company said".
FIRM_NAME_LAST_WORDS = wordset("line express")

#: Words inside a hospital's or a health system's name after its first word ("Lakeshore Health",
#: "Bellhaven Medical Center", "Marbury General Hospital"), which a story shortens to its first words
#: once it is named in full ("Lakeshore said", "Marbury General said"), as it does a firm's (w56e).
#:
#: >>> sorted(HEALTH_BODY_WORDS)
#: ['clinic', 'health', 'healthcare', 'hospital', 'hospitals', 'medical']
HEALTH_BODY_WORDS = wordset("health healthcare hospital hospitals clinic medical")

#: Words a hospital's or a health system's name ends with, for its short form (``Cast.company``): its kind
#: ("Lakeshore Health", "Bellmoor Medical Center", "Mount Sinai Health System", "North Calder NHS Trust"); never
#: "Kenya Medical Research Institute", "the Welsh Medical Association" (rv24).
HEALTH_BODY_CLOSING_WORDS = HEALTH_BODY_WORDS | wordset("center centre system network trust")

#: Words that make a name with a health word in it another body's: a university's or a school's ("Harwick
#: University Medical Center" is called "Harwick" as the university is), or a place's public body ("the
#: Minnesota Department of Health") (rv24).
HEALTH_BODY_OTHER_WORDS = wordset("university college school institute department ministry of")

#: Words that end a book or magazine publisher's name, for "the publisher" once it is named ("Harrow
#: Books", "Quillmark Press", "Fenwick Publishing"); no firm's otherwise ("the Associated Press" is an agency).
#:
#: >>> sorted(PUBLISHER_NAME_WORDS)
#: ['books', 'press', 'publications', 'publishers', 'publishing']
PUBLISHER_NAME_WORDS = wordset("books press publishing publishers publications")

#: Words that end a company's name ("Voltara Motors", "Norrland Paper & Packaging").
BUSINESS_WORDS = wordset("""
inc corp corporation ltd llc plc gmbh co company group holdings motors foods labs laboratories industries
technologies pharmaceuticals airlines airways bank aerospace energy systems steel paper packaging stores
brands logistics electric therapeutics biosciences semiconductor semiconductors software insurance financial
bancorp mining petroleum chemicals automotive communications telecom solutions enterprises manufacturing
materials engines partners capital securities advisors mobility robotics ratings
entertainment studios pictures films productions games interactive media cruises shipping lines resorts hotels esports
rail railways railroad transit freight ferries trucking autos
analytics consulting consultancy agencies ventures services bio biologics pharma biopharma genomics
oncology medicines generics biotherapeutics neuroscience diagnostics biotech resources minerals metals platinum mines utilities
residential properties realty developments construction builders investments estates homes
servicing lettings rentals broadband lending mutual
supply supplies projects infra infratech traders trading distributors engineering
meats poultry seafoods dairies bakeries brewing breweries distilleries beverages processors creamery creameries wineries
limited pvt pty bhd llp
gaming propulsion terminals re
""") | UTILITY_NAME_WORDS  # (the line before the last: consumer firms, ‘Larchfield Loan Servicing’, ‘Harbourview
# Rentals’, ‘Zestline Broadband’; the last: a company's legal form, ‘Corrib Freight Limited’, ‘Perdana Makmur Sdn Bhd’,
# ‘Konkan Spice Exports Pvt’); the last added: a casino group's, an engine maker's and a port operator's
# (‘Crestline Gaming’, ‘Aldridge Propulsion’, ‘Meridian Terminals’: "Crestline said" is the firm named in full, w61b)
# and a reinsurer's "Re" (‘Swiss Re’, ‘Hannover Re’: ‘Albrecht Re …. The Zurich-based group said’ is the firm, w66i)

#: A firm's words that a place after "of" belongs to as its name (‘Bank of Ireland’, ‘Company of
#: Biologists’), never its town.
FIRM_HEADS_OF_PLACE = frozenset("bank company corporation co group insurance".split())

#: Heads of a body's name whose remit follows as "to" and a verb (‘the Campaign to Protect Rural
#: England’, ‘the Committee to Protect Journalists’, ‘the National Alliance to End Homelessness’).
TO_REMIT_HEADS = wordset("""campaign coalition committee alliance movement fund partnership network council
foundation initiative project society league federation trust group association""")

#: The verbs that open such a remit, capitalised in the name (‘to Protect’, ‘to End’, ‘to Save’).
TO_REMIT_VERBS = wordset("""protect end save stop fight defend free abolish reform prevent restore keep make build
ban reduce preserve rebuild combat tackle halt cure feed house elect unite""")

#: A company's legal form, the last word of its name ("Whitlock Grady LLP", "Acme Holdings, Inc."):
#: never a person's, nor a name alone.
LEGAL_FORMS = wordset("inc incorporated corp ltd llc llp plc pllc gmbh")

#: Words after a union's or an order's name that take a branch's number, capitalised (‘Teamsters
#: Local 727’, ‘SEIU Local 1199’, ‘Fraternal Order of Police Lodge 7’): the number ends the body's name.
UNIT_WORDS = frozenset("Local Lodge".split())

#: Common given names with a clear gender, to resolve "he"/"she" to the right person.
MALE_NAMES = wordset("""
john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
logan albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph louis
tony mike chris ben rick
bill ted steve pete tom jim bob dan dave matt tim greg ken ron jeff jon nick sam hans pierre
bernard bernie marco carlos luis juan miguel pedro jorge javier diego antonio manuel francisco
alejandro ricardo fernando sergio rafael eduardo roberto mario luigi giovanni giuseppe matteo ahmed
ahmad mohammed muhammad mohamed mahmoud hassan hussein omar khalid tariq ibrahim yusuf ivan vladimir
sergei sergey dmitry dmitri boris igor alexei andrei oleg yuri mikhail nikolai viktor volodymyr
petro emmanuel francois jacques olivier nicolas philippe laurent klaus wolfgang jurgen friedrich
heinrich karl olaf lars anders sven erik rolf stefan rahul amit raj vijay arjun ravi sanjay hiroshi
takeshi kenji mitchell marshall wallace clarence leonard howard herbert stanley norman melvin marvin
glenn dale duane wayne warren curtis leroy floyd lloyd earl clifford chester lester milton morris
barry neil stuart graham ian colin nigel gordon trevor derek malcolm hugh rupert rudy rudolph ray
kurt ross luke mitch jake josh zach chuck hank fred ed andy randy nathaniel elijah isaac caleb owen
wyatt connor evan cody devin marcus
""")

FEMALE_NAMES = wordset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
chelsea kate jane sue beth meg annie liz
hillary hilary nikki angelina tina rita gina lorena lucia sofia camila valentina gabriela paula
carmen rosa ana isabel elena marta beatriz francesca giulia chiara fatima aisha mariam leila yasmin
olga svetlana natalia tatiana irina yulia anastasia ekaterina brigitte isabelle sylvie nathalie
claire celine ursula annalena greta ingrid priya sunita anita indira keiko loretta valerie jill
sheryl nina vanessa veronica monica erica erin tracy stacy wendy tammy crystal dawn tiffany holly
joanne lori sally peggy jenny molly ellen eileen colleen maureen bonnie gwen lynn carla clara cora
eva ella stella louise lucy leah naomi miriam esther abby amelia ava mia zoe chloe lily
""")


def _names_file(name: str) -> frozenset[str]:
    """A list of given names shipped with the package (one lower-case ASCII name a line)."""
    return frozenset((resources.files("quotesearch") / "data" / name).read_text(encoding="utf-8").split())


#: Given names beyond the common ones above, from many languages (written without accents),
#: each borne by one sex with little doubt; none is a common English word, place or surname.
#: A name in the other sex's list above keeps that list's answer.
MALE_NAMES = MALE_NAMES | (_names_file("male_names.txt") - FEMALE_NAMES)
FEMALE_NAMES = FEMALE_NAMES | (_names_file("female_names.txt") - MALE_NAMES)

#: Given names borne by men in one language or country and women in another (Andrea Bocelli and
#: Andrea Mitchell, Jean Dupont and Jean Smith; "Mattie", a man's in Ireland, a woman's in the US):
#: they tell no sex.
#:
#: >>> "mattie" in LANGUAGE_SHARED_NAMES, "mattie" in FEMALE_NAMES
#: (True, False)
LANGUAGE_SHARED_NAMES = wordset("andrea jean mattie")
FEMALE_NAMES = FEMALE_NAMES - LANGUAGE_SHARED_NAMES
MALE_NAMES = MALE_NAMES - LANGUAGE_SHARED_NAMES

#: Words that join a former trade to a new one in a role before a name (‘Former Test opener turned
#: commentator Mick Roe’, ‘actor-turned-director’ written apart): part of the role, never its verb (w65b).
#:
#: >>> "turned" in ROLE_CHANGE_WORDS, "joined" in ROLE_CHANGE_WORDS
#: (True, False)
ROLE_CHANGE_WORDS = wordset("turned")


#: An aside right after an unnamed one's description that keeps their name back (‘a senior figure at a rival
#: team, speaking on condition of anonymity,’, ‘a club official, who asked not to be named,’): one a later
#: "the source" stands for, whatever noun described them (w65b).
#:
#: >>> bool(RE_ANONYMITY_ASIDE.match(", speaking on condition of anonymity, claimed"))
#: True
#: >>> bool(RE_ANONYMITY_ASIDE.match(", who asked not to be named, said")), bool(RE_ANONYMITY_ASIDE.match(", who won in 2019, said"))
#: (True, False)
RE_ANONYMITY_ASIDE = LazyPattern(r",? (?:who |speaking |talking )[^,.;:“”\"\n]{0,40}?\b(?:anonymity|anonymously|not to be "
                                 r"(?:named|identified)|not be (?:named|identified)|not authori[sz]ed)\b[^.;:“”\"\n]{0,80}?,")


#: Given names that English itself gives men and women alike, which the lists above give the commoner
#: sex of (Jordan Henderson and Jordan Chiles): the sex the article's own cue tells of the one so named
#: wins over the lists' (‘Jordan Kirby lost in three sets. … Kirby said she would rest. “…,” she said.’
#: is a woman's) (w65b).
#:
#: >>> "jordan" in SHARED_SEX_NAMES, "jordan" in MALE_NAMES, "james" in SHARED_SEX_NAMES
#: (True, True, False)
SHARED_SEX_NAMES = wordset("jordan")

#: Adjectives of nations, regions and faiths ("Chinese claims", "Western reports"): never a
#: person's name where one stands alone before a noun (surnames such as French, English and
#: Welsh are left out).
DEMONYMS = wordset("""
american british chinese russian israeli palestinian iranian iraqi syrian afghan pakistani indian
japanese korean german italian spanish portuguese dutch belgian swiss austrian polish ukrainian
turkish greek egyptian saudi emirati qatari lebanese jordanian yemeni libyan tunisian algerian
moroccan nigerian kenyan ethiopian somali sudanese mexican canadian brazilian argentine colombian
venezuelan cuban chilean peruvian australian irish scottish european african asian arab muslim
jewish catholic western eastern northern southern swedish norwegian danish finnish hungarian czech
romanian serbian croatian bulgarian belarusian georgian armenian azerbaijani kazakh vietnamese thai
indonesian filipino filipina malaysian burmese taiwanese haitian
""")

#: A nation's own outlets as a speaker, after its adjective or "state" (‘Iranian state television
#: said’, ‘Kivonian state radio described’, ‘State media reported’): the outlet's words, never the
#: adjective's nation alone. The head nouns, and the words of ownership that may stand before them.
#:
#: >>> "television" in STATE_OUTLET_HEADS, "state-run" in STATE_OUTLET_OWNERS, "company" in STATE_OUTLET_HEADS
#: (True, True, False)
STATE_OUTLET_HEADS = wordset("media television tv radio")
#: The words of ownership before :data:`STATE_OUTLET_HEADS` (‘state-run television’, ‘public radio’).
STATE_OUTLET_OWNERS = wordset("state state-run state-owned state-controlled government-run public official")

#: A nation's adjective by its ending, for nations no list holds (‘Varenian’, ‘Sudanese’, ‘Kurdish’).
#:
#: >>> [bool(RE_DEMONYM_SHAPE.match(w)) for w in ("Varenian", "Kurdish", "Sudanese", "Israeli", "Smith")]
#: [True, True, True, True, False]
RE_DEMONYM_SHAPE = LazyPattern(r"\p{Lu}\p{Ll}+(?:an|ese|ish|i)\Z")
#: The people of an American state by its name (‘the Texan’, ‘the West Virginian’).
STATE_DEMONYMS = {
    "texan": "Texas", "californian": "California", "floridian": "Florida", "ohioan": "Ohio", "virginian": "Virginia",
    "west virginian": "West Virginia", "arizonan": "Arizona", "kentuckian": "Kentucky", "minnesotan": "Minnesota",
    "oklahoman": "Oklahoma", "alaskan": "Alaska", "vermonter": "Vermont", "iowan": "Iowa", "nevadan": "Nevada",
    "coloradan": "Colorado", "louisianan": "Louisiana", "michigander": "Michigan", "tennessean": "Tennessee",
    "mississippian": "Mississippi", "alabamian": "Alabama", "arkansan": "Arkansas", "utahn": "Utah",
    "pennsylvanian": "Pennsylvania", "marylander": "Maryland", "oregonian": "Oregon", "nebraskan": "Nebraska",
    "kansan": "Kansas", "missourian": "Missouri", "wisconsinite": "Wisconsin", "montanan": "Montana",
    "idahoan": "Idaho", "hoosier": "Indiana", "illinoisan": "Illinois", "north carolinian": "North Carolina",
    "south carolinian": "South Carolina", "new yorker": "New York"}

#: Nouns of nationality that sport and feature writing use as epithets ("the Spaniard said").
NATIONALITY_NOUNS = wordset("""
spaniard dutchman dutchwoman frenchman frenchwoman englishman englishwoman scot scotsman scotswoman
welshman welshwoman irishman irishwoman briton swede dane finn pole norwegian american australian
canadian german italian argentine argentinian brazilian serb croat kenyan ethiopian nigerian ghanaian
indian pakistani japanese russian ukrainian belgian portuguese mexican colombian jamaican kiwi aussie
austrian swiss czech slovak slovenian greek turk israeli egyptian moroccan chilean uruguayan zealander
bulgarian romanian hungarian croatian serbian bosnian albanian estonian latvian lithuanian icelander cypriot
georgian armenian belarusian iranian iraqi lebanese jordanian syrian afghan bangladeshi nepalese thai vietnamese
filipino indonesian malaysian singaporean korean taiwanese zimbabwean zambian ugandan tanzanian cameroonian
senegalese ivorian algerian tunisian peruvian venezuelan ecuadorian bolivian paraguayan cuban
bostonian chicagoan albertan quebecer ontarian
""") | frozenset(k.split()[-1] for k in STATE_DEMONYMS)
# (a person's nationality only: many demonyms are no person's epithet, "the Chinese", "the Muslim"; and
# an American state's, a city's or a province's: "the Texan", "the West Virginian", "the New Yorker")

#: Sports whose name, with a country's, makes the country's governing body of the sport (‘Cricket
#: Ireland’, ‘Athletics Kenya’, ‘Rugby Australia’), which reports call "the association" or "the
#: federation" once named.
SPORT_BODY_WORDS = wordset("""
football soccer cricket rugby athletics swimming tennis netball hockey basketball volleyball golf cycling
rowing boxing badminton gymnastics triathlon sailing squash handball archery judo
""")

#: Countries by the adjective of their people, for a nationality a sports page gives by the country
#: ("Denmark's Henrik Dahl", "Carla Mestre of Spain", "Lena Falk (Sweden)": "the Dane", "the Spaniard").
COUNTRY_NATIONALITIES = {country.replace("_", " "): adjective.replace("_", " ") for country, adjective in (entry.split(":") for entry in """
Denmark:danish Norway:norwegian Sweden:swedish Finland:finnish Iceland:icelandic Poland:polish Spain:spanish
France:french Germany:german Italy:italian Netherlands:dutch Holland:dutch Belgium:belgian Switzerland:swiss
Austria:austrian Portugal:portuguese Greece:greek Turkey:turkish Russia:russian Ukraine:ukrainian Belarus:belarusian
Czechia:czech Slovakia:slovak Slovenia:slovenian Croatia:croatian Serbia:serbian Bosnia:bosnian Hungary:hungarian
Romania:romanian Bulgaria:bulgarian Ireland:irish Scotland:scottish England:english Wales:welsh Britain:british
Canada:canadian Mexico:mexican Brazil:brazilian Argentina:argentine Chile:chilean Colombia:colombian Peru:peruvian
Uruguay:uruguayan Venezuela:venezuelan Ecuador:ecuadorian Japan:japanese China:chinese Korea:korean India:indian
Pakistan:pakistani Australia:australian New_Zealand:new_zealander Kenya:kenyan Ethiopia:ethiopian Nigeria:nigerian
Ghana:ghanaian Uganda:ugandan Morocco:moroccan Egypt:egyptian Jamaica:jamaican Israel:israeli Iran:iranian
Thailand:thai Vietnam:vietnamese Indonesia:indonesian Philippines:filipino Malaysia:malaysian Singapore:singaporean
Taiwan:taiwanese Zimbabwe:zimbabwean Estonia:estonian Latvia:latvian Lithuania:lithuanian Cyprus:cypriot
""".split())}

#: Nationality words of either kind, nouns and adjectives ("Canadian", "Englishman", "French").
NATIONALITY_WORDS = NATIONALITY_NOUNS | DEMONYMS

#: Nationalities a person is written with before the name, as a title ("American Chase
#: Holloway", "Frenchman Rémi Aubert"): never a region's or a faith's word.
NATIONALITY_TITLES = NATIONALITY_WORDS - wordset("western eastern northern southern european african asian arab muslim jewish catholic"
                                                 " german finn dane scot danish")  # (given names too: "German Chavez Ortiz",
# and in South Asia "Danish Ali Shah"; before a given name the rule for an epithet still cuts "Danish Lars Jensen")


#: Tokens that end a sentence only as abbreviations: "Mr.", "U.S.", "Jan.".
ABBREVIATIONS = wordset("""
mr mrs ms dr prof sr jr st sen rep gov gen col lt capt sgt maj adm cmdr rev hon pres
brig cpl pte pvt insp supt det cdr msgr const cst
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
no vs etc inc corp ltd co dept univ ave blvd mt ft approx
adj pol
sta sto brgy
""")  # (and the parts of a rank: "Adj. Sr. Comr.", the Thai police's "Pol. Col."; and Philippine places:
# "Sta. Rosa", "Sto. Tomas", "Brgy. San Jose")

#: Abbreviations of a place's title that are written with a capital ("Ft. Worth", "Mt. Kenya"): in lower
#: case the same letters are a unit that may end a sentence ("about £375 per sq ft. Sources said").
CAPITALISED_ABBREVIATIONS = wordset("ft mt")

#: The US states and the ways news writes them after a party's letter ("R-Texas", "D-Mass.",
#: "R-S.C.", "D-NY"): full name, AP abbreviation, postal code.
US_STATE_FORMS = {entry.split("|")[0]: tuple(entry.split("|")) for entry in """
Alabama|Ala.|AL; Alaska|Alaska|AK; Arizona|Ariz.|AZ; Arkansas|Ark.|AR
California|Calif.|CA; Colorado|Colo.|CO; Connecticut|Conn.|CT; Delaware|Del.|DE
Florida|Fla.|FL; Georgia|Ga.|GA; Hawaii|Hawaii|HI; Idaho|Idaho|ID
Illinois|Ill.|IL; Indiana|Ind.|IN; Iowa|Iowa|IA; Kansas|Kan.|KS
Kentucky|Ky.|KY; Louisiana|La.|LA; Maine|Maine|ME; Maryland|Md.|MD
Massachusetts|Mass.|MA; Michigan|Mich.|MI; Minnesota|Minn.|MN; Mississippi|Miss.|MS
Missouri|Mo.|MO; Montana|Mont.|MT; Nebraska|Neb.|NE; Nevada|Nev.|NV
New Hampshire|N.H.|NH; New Jersey|N.J.|NJ; New Mexico|N.M.|NM; New York|N.Y.|NY
North Carolina|N.C.|NC; North Dakota|N.D.|ND; Ohio|Ohio|OH; Oklahoma|Okla.|OK
Oregon|Ore.|OR; Pennsylvania|Pa.|PA; Rhode Island|R.I.|RI; South Carolina|S.C.|SC
South Dakota|S.D.|SD; Tennessee|Tenn.|TN; Texas|Texas|TX; Utah|Utah|UT
Vermont|Vt.|VT; Virginia|Va.|VA; Washington|Wash.|WA; West Virginia|W.Va.|WV
Wisconsin|Wis.|WI; Wyoming|Wyo.|WY
""".strip().replace("\n", "; ").split("; ")}

#: The AP style's abbreviations of US states of one word, capitalised, without their full stop;
#: they end no sentence only where a place is written "Town, St." ("of Flint, Mich., said"), since
#: several are also names or words ("Mass", "Wash"). See :func:`state_after_comma`.
STATE_ABBREVIATIONS = frozenset(ap[:-1] for _, ap, _ in US_STATE_FORMS.values() if ap.endswith(".") and ap.count(".") == 1)

#: The AP style's abbreviations of US states written with their full stops ("Miss.", "N.C.", "W.Va."),
#: as a town's state is written after a comma ("of Biloxi, Miss., said"); never one without its stop.
#:
#: >>> "Miss." in STATE_AP_FORMS, "N.C." in STATE_AP_FORMS, "Miss" in STATE_AP_FORMS
#: (True, True, False)
STATE_AP_FORMS = frozenset(ap for _, ap, _ in US_STATE_FORMS.values() if ap.endswith("."))


def is_abbreviation(word: str) -> bool:
    """A word (its full stop removed) that a full stop follows without ending a sentence.

    >>> is_abbreviation("Sen"), is_abbreviation("Jan"), is_abbreviation("Syria")
    (True, True, False)
    >>> is_abbreviation("Ft"), is_abbreviation("ft")
    (True, False)
    """
    low = word.lower()
    if low in CAPITALISED_ABBREVIATIONS and word[:1].islower():
        return False  # (feet or metres, never Fort or Mount)
    return low in ABBREVIATIONS or low in HONORIFICS


def state_after_comma(text: str, start: int, word: str) -> bool:
    """``word`` (without its full stop), at ``start`` in ``text``, is a state after a town.

    >>> t = "of Flint, Mich., said Sean Penn. Then"
    >>> state_after_comma(t, 10, "Mich"), state_after_comma(t, 27, "Penn")
    (True, False)
    """
    return word in STATE_ABBREVIATIONS and text[max(0, start - 2):start] == ", "


#: A quotation mark of any style (double, single, wire-service doubled, guillemets). Three
#: straight marks after a word close a nested quotation first, then its wire-style parent.
RE_MARK = re.compile(r"(?<=\S)'(?=''(?!'))|``|''|[\"“”„‟‘’'«»‹›]")

#: First words of places' names of two words or more (‘San Sebastián’, ‘Port Harcourt’, ‘Cape Town’): such
#: words set off after a place are a place, never a person's name the lists lack.
#:
#: >>> "port" in PLACE_NAME_OPENERS, "montserrat" in PLACE_NAME_OPENERS
#: (True, False)
PLACE_NAME_OPENERS = wordset("san santa santo sao são los las el la le les saint st ste fort port mount lake cape bay dar abu addis kuala")

#: Verbs after a surname alone that show it is a person's (‘Figueres said’), and honorifics before one
#: (‘Ms Figueres’): what tells a name the lists lack from a place's.
SURNAME_SPEAKS = ("said", "says", "told", "added", "argued", "wrote", "warned")
HONORIFICS_BEFORE_SURNAME = ("Mr", "Ms", "Mrs", "Mr.", "Ms.", "Mrs.", "Dr", "Dr.")

#: The sentence right after a quotation that names whose words they were (‘… what one of them called
#: “a graveyard with a gift shop.” That line comes from Sen. X’, ‘… “a poll tax for pets”. The phrase
#: was coined by Sir Y’): the name, with its title, in ``who``.
#:
#: >>> RE_LINE_SOURCE_AFTER.match(". That line comes from Sen. Elaine Ward (D-Ore.)").group("who")
#: 'Sen. Elaine Ward'
#: >>> RE_LINE_SOURCE_AFTER.match(". That line of argument comes from Labour") is None
#: True
RE_LINE_SOURCE_AFTER = LazyPattern(
    r"[.!?]?[ \t]*(?:\n[ \t]*)*(?:That|The|This) (?:line|remark|phrase|quip|jibe|barb|coinage|characteri[sz]ation|"
    r"description|put-down|zinger) (?:comes|came|is|was) (?:from|courtesy of|attributed to|that of|coined by|written by)"
    r" (?P<who>(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Sir|Dame|Prof|Professor|Senator|Congressman|Congresswoman|Minister)\.? )?"
    r"\p{Lu}[\p{L}’'\-]+(?: \p{Lu}[\p{L}’'\-]+){1,3})(?![\p{L}’'\-])")

#: Countries and unions written by their letters, as a headline writes them before a role (‘US
#: presidential hopeful heckled’, ‘UK minister booed’): places, never a "he" or "she" (kept apart from
#: ONE_WORD_PLACES, whose lowercase "us" would be the pronoun).
#:
#: >>> "US" in COUNTRY_LETTERS, "JK" in COUNTRY_LETTERS
#: (True, False)
COUNTRY_LETTERS = frozenset("US USA UK EU UN UAE DRC PRC ROK DPRK".split())

#: Countries and US states named by one word ("China raised its tariffs"): places, never a
#: company or an agency, whatever they do with "its".
ONE_WORD_PLACES = wordset("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland
türkiye vatican
wales europe africa asia
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""")


#: Given names that are also places or words a sentence may open with ("Jordan has reopened its
#: border", "Paris remains their biggest market", "Christian charities").
PLACE_GIVEN_NAMES = frozenset("""
jordan paris lincoln florence dallas sydney austin victoria georgia virginia carolina chelsea madison
phoenix dakota summer autumn winter christian israel india china london brooklyn savannah memphis
houston denver aurora sierra troy hunter
""".split())

#: Countries, US states and great cities named by two words ("South Korea", "New Mexico"): places,
#: never a company or an agency (but "Saudi Aramco", "New Balance", "United Rentals" are companies).
TWO_WORD_PLACES = frozenset(w.replace("_", " ") for w in """
North_Korea South_Korea New_Zealand Saudi_Arabia Sri_Lanka Costa_Rica Puerto_Rico Hong_Kong El_Salvador
South_Africa South_Sudan United_States United_Kingdom San_Marino Sierra_Leone Burkina_Faso Cape_Verde
East_Timor North_Macedonia Czech_Republic Dominican_Republic Ivory_Coast
New_Mexico New_York New_Jersey New_Hampshire North_Carolina South_Carolina North_Dakota South_Dakota
West_Virginia Rhode_Island Los_Angeles Las_Vegas San_Francisco San_Diego San_Antonio New_Orleans
""".split())


#: World bodies an envoy is sent to, named between a title and a name like a country ("Permanent
#: Representative to the United Nations Ana Ruiz", "Ambassador to the EU Jan Holm").
ENVOY_BODIES = frozenset(w.replace("_", " ") for w in """
United_Nations UN U.N. European_Union EU E.U. African_Union AU ASEAN NATO WTO
""".split())


def _offices(spec: str) -> tuple[str, ...]:
    """Offices of several words, comma-separated ("chief executive, managing director")."""
    return tuple(o.strip() for o in spec.split(",") if o.strip())


_CHIEF_OFFICES = _offices("""head, chief, director, director-general, director general, commissioner, commander,
secretary, minister, chief executive, ceo, managing director, president, chairman, chairwoman, superintendent,
inspector general, inspector-general, administrator""")
_LAWMAKER_OFFICES = _offices("""lawmaker, legislator, senator, sen, representative, rep, congressman, congresswoman,
mp, assemblyman, assemblywoman, assembly member, assemblymember, member of parliament, mla, state senator""")

#: Elected offices whose holder a story may call by the party alone (‘Delegate Marcus Hale …. “…,” the
#: Democrat said’), unlike a coach's or a judge's office.
PARTY_HELD_OFFICES = wordset("""senator sen representative rep congressman congresswoman delegate assemblyman
assemblywoman assemblymember governor gov lieutenant mayor lawmaker legislator councilman councilwoman councilmember
councillor councilor alderman alderwoman""")

#: Posts of a legislature's own that its members hold, besides the elected offices: the holder is
#: a state's party member (‘Finance Chairman X, …. “…,” the Idaho Republican said’).
CHAMBER_PARTY_OFFICES = PARTY_HELD_OFFICES | wordset("chairman chairwoman chair leader whip")

#: Bodies whose office holders a story calls again by a plain word for their kind (the words of the
#: body, anywhere in the role, then the plain words, then the words that make the holder someone who
#: works for the body, not one of its kind): a foreign ministry's spokeswoman is "the diplomat"
#: (‘Foreign Ministry Spokeswoman X said …. “…,” the diplomat said’), a Duma committee's chairman
#: "the lawmaker", a member of a federation council "the senator", a political scientist "the expert".
BODY_KIND_EPITHETS = tuple((tuple(needed.split()), tuple(plains.split()), frozenset(staff.split())) for needed, plains, staff in (
    ("foreign ministry", "diplomat", "former ex"),
    ("foreign affairs", "diplomat", "former ex committee"),
    ("duma", "lawmaker legislator", "former ex spokesman spokeswoman spokesperson aide adviser advisor staffer"),
    ("parliament", "lawmaker legislator", "former ex spokesman spokeswoman spokesperson aide adviser advisor staffer clerk"),
    ("federation council", "senator lawmaker legislator", "former ex spokesman spokeswoman spokesperson aide adviser advisor staffer"),
    ("scientist", "expert", "former ex"),
    ("analyst", "expert", "former ex"),
    ("researcher", "expert", "former ex"),
    ("professor", "expert", "former ex"),
    ("economist", "expert", "former ex"),
    ("scholar", "expert", "former ex"),
))


#: Offices a lede gives by a plainer noun than the title or role the next paragraph gives the one
#: who holds it (‘The country's top health official warned …’ / ‘Dr. Ama Mensah, the
#: director-general of the Ghana Health Service, said’; ‘The police chief …’ / ‘County Police
#: Commander Peter Mwangi told reporters’): the lede's head noun, the offices of its kind (the noun
#: itself always fits).
#:
#: >>> "director-general" in LEDE_OFFICE_KINDS["official"], "judge" in LEDE_OFFICE_KINDS["official"]
#: (True, False)
#: >>> "chair" in LEDE_OFFICE_KINDS["leader"], "minister" in LEDE_OFFICE_KINDS["leader"]
#: (True, False)
LEDE_OFFICE_KINDS = {
    "official": _offices("""director, director-general, director general, commissioner, secretary, minister,
                          administrator, superintendent, registrar, surgeon general, surgeon-general, chief, head"""),
    "chief": _CHIEF_OFFICES,
    "head": _CHIEF_OFFICES,
    "boss": _offices("chief executive, ceo, managing director, chairman, chairwoman, president, director, "
                     "director-general, head, chief, commissioner, manager"),
    "executive": _offices("chief executive, ceo, managing director, president, chairman, chairwoman, director, "
                          "director-general, vice president, founder"),
    "lawmaker": _LAWMAKER_OFFICES,
    "legislator": _LAWMAKER_OFFICES,
    "senator": _offices("sen, state senator"),
    "judge": _offices("justice, magistrate"),
    "minister": _offices("secretary, cabinet secretary"),
    "diplomat": _offices("foreign minister, foreign secretary, secretary of state, ambassador, envoy"),
    "prosecutor": _offices("district attorney, state attorney, state's attorney, director of public prosecutions, "
                           "dpp, crown prosecutor, us attorney, united states attorney, assistant us attorney, "
                           "assistant united states attorney, assistant district attorney, public prosecutor, "
                           "state prosecutor, procurator fiscal"),
    "officer": _offices("constable, sergeant, detective, inspector, superintendent, trooper, patrolman, agent, "
                        "corporal, captain, commander, sgt, det, insp, supt, const, pc"),
    "coach": _offices("manager, head coach, boss"),
    "manager": _offices("coach, head coach, boss"),
    "spokesperson": _offices("spokesman, spokeswoman, press secretary"),
    "spokesman": _offices("spokesperson, press secretary"),
    "spokeswoman": _offices("spokesperson, press secretary"),
    "headteacher": _offices("headmaster, headmistress, head teacher, principal"),
    "councillor": _offices("councilor, councilman, councilwoman, alderman, alderwoman, cllr"),
    # (a body's leader, by the office that heads it: ‘A prominent iwi leader has accused …’ / ‘X, chair of Te
    # Rūnanga o …, said’; ‘… warns farm leader’ / ‘X, president of the Farmers' Association’) (w49b)
    "leader": _offices("chair, chairman, chairwoman, chairperson, president, head, chief executive, convener, "
                       "general secretary, secretary-general"),
    "chairman": _offices("chair, chairperson"),
    "chairwoman": _offices("chair, chairperson"),
    "mp": _offices("member of parliament"),
}

#: Lede office nouns whose kinds of :data:`LEDE_OFFICE_KINDS` are the same office under another title,
#: so that the next paragraphs' title may be the kind's word and not the noun (‘A B.C. Supreme Court
#: judge has ordered …. / … Justice Rima Okafor found’); never a broad noun whose kinds are other offices
#: (‘A senior official said …. / Minister X said’).
#:
#: >>> "judge" in LEDE_TITLE_KIND_HEADS, "official" in LEDE_TITLE_KIND_HEADS
#: (True, False)
LEDE_TITLE_KIND_HEADS = frozenset(["judge"])

#: Words before a lede's office noun that say how high it is or whose it is, not what it is in
#: charge of: the title the next paragraph gives need not repeat them (‘the country's top health
#: official’ need not be a "top" director-general; but "health" must be there).
LEDE_RANK_WORDS = frozenset("""
top senior most highest ranking leading chief principal federal prominent
state national government local regional new longtime veteran powerful influential
""".split())


#: A news page's section or a story's kind, written as a headline's label before a colon
#: ("Exclusive: “…”", "MARKETS: ‘…’", "Live: ‘Massive queues’ at Dover"): never a speaker.
HEADLINE_LABELS = frozenset("""
exclusive analysis explainer factbox fact-check factcheck opinion comment editorial update updated updates breaking
live watch video pictures photos listen revealed latest markets business politics economy world sport sports
shipping energy tech technology health science climate environment culture travel property finance money media
lifestyle entertainment motoring education review interview insight briefing timeline preview recap obituary
letters weather traffic local national
quotable overheard noteworthy quotebook
""".split())  # (a round-up's rubric of the night's words: ‘QUOTABLE: “…” — Coach Ron Maddox’)


#: A reporting verb, then the rest of its clause to a copula or "as" right before the marks, no stop
#: or double mark between: a body's quotation given as the verdict a speaker put on something (‘said
#: the risk was “low but not zero.”’, ‘wrote that the board had been “asleep at the wheel”’, ‘described
#: the findings as “a wake-up call …”’), whose words a headline may give again in single marks.
#:
#: >>> bool(RE_REPORTED_VERDICT_LEAD.search("She said the risk to humans was ")), \
#: ...     bool(RE_REPORTED_VERDICT_LEAD.search("Some call it a "))
#: (True, False)
#: >>> bool(RE_REPORTED_VERDICT_LEAD.search("Dube described the findings as ")), \
#: ...     bool(RE_REPORTED_VERDICT_LEAD.search("He said so. The plan was "))
#: (True, False)
#:
#: A participle of saying leads one too, and the copula may take "in" before a state the speaker
#: names (‘saying the party was in “open revolt”’; w64a); never "in" after any other verb, never the
#: noun "saying" (‘an old saying that the village is …’), and the state only one of degree (review rv64a,
#: ``quotes._verdict_lead``).
#:
#: >>> bool(RE_REPORTED_VERDICT_LEAD.search("saying the party was in ")), \
#: ...     bool(RE_REPORTED_VERDICT_LEAD.search("said the team played in "))
#: (True, False)
RE_REPORTED_VERDICT_LEAD = LazyPattern(r"\b(?:said|says|(?<!\b(?:a|an|the|old|its|his|her|their|our|my|your|this|that|common|famous|popular|wise) )saying|wrote|writes|told|warned|warns|argued|argues|added|described|"
                                       r"describes)\b[^.;:!?“”\"\n]{0,200}?\b(?:was|were|is|are|be|been|as|(?:was|were|is|are) in)[ \t]+$")


#: The other leads of a body's quotation that report the speaker's own words, right before the marks:
#: "what <one> called" (‘delivered what she called a “no frills” budget’), or a reporting verb and the
#: short subject of the clause whose verb phrase is quoted (‘said the birds “take dozens of lambs”’,
#: ‘warned that they “will not back down”’), or the one accused (‘accusing the minister of “hiding …”’:
#: the accuser's words), or a verb of calling with its object (‘calling Sunday's refereeing “a scandal”’,
#: ‘called the offer “an insult”’: the caller's verdict); never a possessive before the marks (‘said the council's
#: “ghost estate”’), nor naming words (‘so-called’, ‘dubbed’, ‘a scheme called “…”’, ‘calling itself “…”’), nor
#: "called" done to the subject or with its particle (‘were called to “a brawl”’, ‘called up for “a friendly”’,
#: ‘calling for “a ceasefire”’: the call's place or aim, never a verdict; review rv62d).
#:
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("She delivered what she called a ")), \
#: ...     bool(RE_REPORTED_PHRASE_LEAD.search("Matheson said the birds "))
#: (True, True)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("He said the council’s ")), bool(RE_REPORTED_PHRASE_LEAD.search("a plan dubbed the "))
#: (False, False)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("with Ann Lee accusing the minister of ")), bool(RE_REPORTED_PHRASE_LEAD.search("He was accused of "))
#: (True, False)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("calling Sunday's refereeing at Gücü ")), bool(RE_REPORTED_PHRASE_LEAD.search("a group calling itself "))
#: (True, False)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("a scheme called the ")), bool(RE_REPORTED_PHRASE_LEAD.search("She called the offer "))
#: (False, True)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("Paramedics were called to ")), bool(RE_REPORTED_PHRASE_LEAD.search("Ellis has been called up for "))
#: (False, False)
#:
#: The accused's conduct may come between "of" and the marks, a gerund and "in" or "with" (‘accused its
#: neighbour of negotiating in “bad faith”’; w64a), and a finding may say what conduct someone showed
#: (‘said Severnvale had shown “wilful blindness”’), never any other verb before the marks. Review rv64a
#: narrowed both: the gerund only one of conduct (acting, behaving, negotiating, bargaining: never ‘dealing
#: in “blood diamonds”’, ‘tinkering with “universal credit”’), and who showed it a person or a name, never
#: "it" nor a thing (‘said it had shown “outsider art”’, ‘said the scans had shown “brain fog”’).
#:
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("accused Ostia on Monday of negotiating in ")), \
#: ...     bool(RE_REPORTED_PHRASE_LEAD.search("accused Ostia of selling "))
#: (True, False)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("said Harlow Ltd had shown ")), bool(RE_REPORTED_PHRASE_LEAD.search("said Harlow Ltd had launched "))
#: (True, False)
#: >>> bool(RE_REPORTED_PHRASE_LEAD.search("said the scans had shown ")), bool(RE_REPORTED_PHRASE_LEAD.search("accused Varga of dealing in "))
#: (False, False)
RE_REPORTED_PHRASE_LEAD = LazyPattern(r"\bwhat (?:he|she|they|it|\p{Lu}\p{Ll}+) (?:called|termed|described as)[ \t]+(?:(?:a|an|the)[ \t]+)?$"
                                      r"|\b(?:said|says|warned|warns|argued|argues|insisted|insists|claimed|claims)(?: that)?"
                                      r" (?:they|he|she|it|we|(?:the|its|their|his|her) [\p{Ll}\-]+(?: [\p{Ll}\-]+)?)(?<![’'s]s)(?<![’'])[ \t]+$"
                                      r"|\baccus(?:ed|ing|es) (?!of\b)[^.;:!?“”\"\n]{1,80}? of(?:[ \t]+(?:acting|behaving|negotiating|bargaining)[ \t]+(?:in|with))?[ \t]+$"
                                      r"|\b(?:said|says|ruled|found)(?: that)? (?:they|he|she|\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)"
                                      r" (?:had |has |have )?(?:shown|showed|displayed|demonstrated)[ \t]+$"
                                      r"|\b(?:call(?:s|ing)|(?<!\b(?:was|were|been|be|being|is|are|get|got|gets|getting) )called)"
                                      r" (?!(?:itself|themselves|himself|herself|ourselves|to|in|out|up|off|for|on|at|back|away|upon"
                                      r"|into|over|round|around|after|by)\b|(?:a|an|the)[ \t]+$)"
                                      r"[^.;:!?“”\"\n]{1,80}?(?<![’'])[ \t]+$")


#: A verb of urging, its listener and "to" right before a body's quotation, whose words are what the
#: speaker urged them to do (‘urged graduates to “stay uncomfortable”’, ‘implored voters to “turn
#: up”’): the speaker's own words, that a headline may give again in single marks. Never "to" after
#: any other verb (‘plans to “modernise”’ is the writer's).
#:
#: The quotation follows the first "to" after the listener, never a later one (‘urged his flock to
#: turn to “scripture”’, ‘urged fans to listen to “…”’: what they turn or listen to, a term or a title),
#: and the listener is never an urger after "by" (‘was urged by governors to “…”’: not the subject's words).
#:
#: >>> bool(RE_URGED_TO_LEAD.search("and urged them to ")), bool(RE_URGED_TO_LEAD.search("The board plans to "))
#: (True, False)
#: >>> bool(RE_URGED_TO_LEAD.search("urged his flock to turn to ")), bool(RE_URGED_TO_LEAD.search("was urged by fans to "))
#: (False, False)
RE_URGED_TO_LEAD = LazyPattern(r"\b(?:urged|urges|urging|implored|implores|exhorted|exhorts)[ \t]+"
                               r"(?:(?!\b(?:to|by)\b)[^.;:!?“”\"\n]){1,60}?\bto[ \t]+$")

#: The heads of those who sit and hear a case or evidence: a court, a jury, an inquest, an inquiry
#: ("The jury heard …", "Magistrates were told …", "Leeds Crown Court heard how …", "the Old Bailey
#: heard"). Before "heard" or "was told" they are the audience, never the speaker.
HEARING_BODIES = wordset("""
court courts jury juries jurors inquest inquests inquiry tribunal hearing hearings magistrates magistrate
bench coroner judge committee commission panel bailey
""")


#: Nouns of a work's kind right before its title, unmarked (‘the indie drama Northern Lights’, ‘her
#: debut album Blue Hour’, ‘the BBC thriller The Night Desk’): the capitalised words after them
#: name a work, never a person who speaks.
WORK_KIND_NOUNS = wordset("""
film movie documentary drama comedy thriller biopic sitcom series miniseries show musical play novel memoir
album single song mixtape podcast franchise sequel prequel romcom docuseries
""")


#: Words a few before "for" that make what follows in marks a work honoured, not words said
#: (‘best rap album for “North of Nowhere.”’, ‘an Emmy nomination for “The Long Night.”’).
TITLE_FOR_LEADS = wordset("""
award awards prize prizes trophy trophies nomination nominations nominated nod nods honoured honored
album record single song film movie documentary series show play musical novel book performance
actor actress director screenplay soundtrack score
""")

#: Words right before "on" that make what follows in marks a programme (‘during a 2022 appearance
#: on “The Late Hour with Danny Fitch.”’, ‘a guest on “Morning Edition.”’).
TITLE_ON_LEADS = wordset("appearance appearances appeared appearing guest guests episode segment interview")


#: Plural nouns of a discipline or a trade, whose word for a thing is a term of art, not a saying:
#: ‘Economists call this the “lock-in effect”’, ‘Shipping brokers refer to the backlog as the “…”’
#: (never a side in a quarrel: "critics", "opponents", "democrats", whose words are theirs).
#:
#: >>> "economists" in TRADE_GROUPS, "critics" in TRADE_GROUPS
#: (True, False)
TRADE_GROUPS = wordset("""
economists scientists researchers engineers developers doctors physicians clinicians nurses analysts traders
bankers brokers investors glaciologists forecasters nutritionists dietitians programmers coders technologists
insiders experts specialists academics scholars historians marketers advertisers planners practitioners
actuaries accountants auditors pilots sailors miners farmers growers builders architects designers mechanics
chipmakers manufacturers retailers insurers lenders vets hydrologists climatologists meteorologists
""") | frozenset(w + "s" for w in SCIENCE_PROFESSIONS)  # (and every science's: ‘radiologists call it “PRES”’)

#: Plural nouns of people who live or serve by a thing and call it by a name of their own (‘Crews call
#: the old survey ship “the Bathtub”’, ‘Villagers call the escarpment road “the ladder”’); never a side
#: in a quarrel ("critics", "opponents"), whose words are theirs.
#:
#: >>> "soldiers" in NAMING_CREWS, "critics" in NAMING_CREWS
#: (True, False)
NAMING_CREWS = wordset("""
soldiers troops crews crewmen sailors marines airmen gunners firefighters rangers recruits cadets veterans
drivers truckers commuters fishermen miners workers regulars climbers hikers surfers divers guards inmates
prisoners patients locals residents villagers islanders townspeople neighbours neighbors students pupils staff
employees family families
""")  # (a family's name for its home or land: ‘The family has long called the farmhouse “the Old Mill”’, w61f)

#: Words for a firm's trade that business copy sets before its name, no part of it (‘Consultancy Corsair
#: Analytics said’, ‘Carmaker Voltara said’, ‘Insurer Dunmore Life said’, ‘Operator Western Isles Ferries
#: said’). Never a word that opens firms' own names ("Carrier Global", "Network Rail").
#:
#: >>> "consultancy" in FIRM_KIND_TITLES, "bank" in FIRM_KIND_TITLES
#: (True, False)
FIRM_KIND_TITLES = wordset("""
consultancy carmaker automaker insurer reinsurer lender retailer miner brokerage chipmaker shipbroker drugmaker
shipbuilder steelmaker planemaker homebuilder housebuilder operator broadcaster publisher airline provider
manufacturer brewer grocer supermarket conglomerate distributor wholesaler supplier developer contractor
""")

#: Nouns of a body's kind that may stand, with a word or two before them, right before the body's own
#: name set off after someone's partner or backer (‘Pryce's main sponsor, the regional grocery chain
#: Hollow Mart, said’, ‘her employer, the logistics firm Bracken Freight,’).
#: >>> "chain" in SET_OFF_BODY_KINDS, "player" in SET_OFF_BODY_KINDS
#: (True, False)
SET_OFF_BODY_KINDS = BODY_KIND_BEFORE_NAME | FIRM_KIND_TITLES | wordset("""
group bank insurer club side team foundation trust charity union""")

#: Catchphrases of markets and economics that copy sets in marks as the trade's terms, no one's words
#: (‘bet the central bank would keep rates “higher for longer”’, ‘talk of a “soft landing”’); one who says
#: them in the sentence keeps them.
#:
#: >>> "soft landing" in STOCK_PHRASES, "a turning point" in STOCK_PHRASES
#: (True, False)
STOCK_PHRASES = frozenset("""
higher for longer|lower for longer|soft landing|hard landing|no landing|bumpy landing|crash landing
|goldilocks|stagflation|dead cat bounce|taper tantrum|risk-on|risk-off|green shoots
|quantitative easing|quantitative tightening
""".replace("\n", "").split("|"))

#: Kinds of thing a term of art is glossed as, set off after its marks (‘“accelerated approval,” a
#: pathway that lets the agency …’, ‘“ARIA”, a side effect in which …’).
TERM_KIND_NOUNS = wordset("""
pathway process procedure technique method condition disorder syndrome disease protein compound molecule
enzyme hormone gene mutation phenomenon mechanism measure metric test scan therapy treatment class
designation status classification scheme programme program rule provision clause loophole practice
strategy tactic manoeuvre maneuver system device tool model framework index ratio threshold state
category tier grade
""")

#: Verbs after a term named by "the term" that give its sense or its history (‘The term “…”
#: generally refers to’, ‘The phrase “…” describes’, ‘The word “…” comes from’).
#:
#: >>> "refers" in TERM_SENSE_VERBS, "said" in TERM_SENSE_VERBS
#: (True, False)
TERM_SENSE_VERBS = wordset("""
refers referred describes described means meant denotes denoted covers covered comes came originated originates
derives derived dates dated applies applied
""")

#: Participles after "was", "is" or "has been" that tell a term's history (‘The phrase “…” was coined’).
TERM_HISTORY_PARTICIPLES = wordset("coined used applied popularised popularized borrowed defined invented first")

#: Verbs that open an exchange of questions, the asker before them and the one asked after
#: (‘Trustee X questioned administrator Y about enforcement.’, ‘Councillor X pressed Y on the overspend.’).
#:
#: >>> "questioned" in EXCHANGE_VERBS, "said" in EXCHANGE_VERBS
#: (True, False)
EXCHANGE_VERBS = wordset("questioned pressed quizzed grilled cross-examined interrogated queried asked")

#: A verb of speech set off as an aside inside a paragraph's first sentence, whose quotation closes
#: the paragraph with no cue of its own (‘The trick, he explains, is patience. … “You let her think
#: it was her idea.”’).
ASIDE_CUE_VERBS = wordset("""says said explains explained recalls recalled insists insisted argues argued
notes noted admits admitted""")

#: What one does, in a short sentence between two quotations of one paragraph, the first with no cue
#: of its own (‘“…” He laughs, then stops. “…”’): the one who laughs spoke both.
REACTION_VERBS = wordset("""laughs laughed chuckles chuckled grins grinned smiles smiled pauses paused sighs sighed
shrugs shrugged stops stopped winces winced nods nodded""")

#: Nouns of a term's use before "of the term" (‘objected to the council's use of the term “…”’).
#:
#: >>> "use" in TERM_USE_NOUNS, "meaning" in TERM_USE_NOUNS
#: (True, False)
TERM_USE_NOUNS = wordset("use misuse overuse adoption")

#: Prepositions after a verb of objecting whose object is a term's use (‘objected to’, ‘complained about’).
OBJECTION_PREPOSITIONS = wordset("to about over at")

#: Words before "name" that make it a name's kind (‘under the brand name “Thalivra”’, ‘the trade name’).
NAME_KIND_WORDS = wordset("brand trade code working stage pen product generic proprietary commercial marketing")

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
AUTHORING_PARTICIPLES = wordset("prepared conducted written compiled produced released authored undertaken issued led")

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
ISSUING_PARTICIPLES = wordset("released issued published adopted unveiled posted")  # (never "endorsed": a backer, no author)

#: Verbs whose past is their bare form, that end a sentence's subject when a name or an article follows
#: (‘Pelham Ratings cut Norvik Energy to junk’, ‘The regulator hit the lender with a fine’): never a role's
#: word (‘set designer’, ‘cut man’, a lower-case noun after them).
#:
#: >>> "cut" in BARE_PASTS, "said" in BARE_PASTS
#: (True, False)
BARE_PASTS = wordset("cut hit put set shut split quit")

#: Gatherings at which a body adopts a document (‘adopted at the annual summit of X’): X is its issuer.
ADOPTING_GATHERINGS = wordset("summit meeting conference assembly congress session synod convention")

#: Verbs of issuing or sending a document or a notice (‘published a “system card”’, ‘sends a “fever alert”’).
ISSUING_VERBS = wordset("""
publish publishes published publishing issue issues issued issuing send sends sent sending file files filed
filing release releases released releasing post posts posted posting serve serves served serving display displays
displayed
""")

#: Nouns of a document, a notice or an alert, the last word of a kind's name in marks after a verb of
#: issuing (‘a “stop notice”’, ‘a “hypertension notification”’, ‘a “system card”’).
ISSUED_NOUNS = wordset("card notice notification alert warning reminder sheet")

#: Nouns that a name in marks before them makes a scheme's name (‘a “hospital in the home”
#: program’, ‘the “test and treat” approach’, ‘its “no jab, no pay” policy’).
SCHEME_NOUNS = frozenset("""
program programs programme programmes scheme schemes initiative initiatives model approach policy
pilot strategy service services campaign campaigns protocol pathway
""".split())

#: Nouns of a way of working that a body names in its own words, before "the company calls" (‘a technique
#: the company calls “calibrated refusal”’, ‘a process the firm calls “dry stripping”’) (w65c).
#:
#: >>> "technique" in METHOD_NOUNS, "plan" in METHOD_NOUNS
#: (True, False)
METHOD_NOUNS = wordset("technique techniques method methods process processes procedure procedures mechanism "
                       "mechanisms feature features")

#: Nouns of a place online that goes by a name, set off after them in marks (‘the town's Facebook group,
#: “Harlow Happenings,” complain …’, ‘a parents' chat, “School Run Crew,”’) (w65c).
#:
#: >>> "group" in ONLINE_VENUE_NOUNS, "minister" in ONLINE_VENUE_NOUNS
#: (True, False)
ONLINE_VENUE_NOUNS = wordset("group page account channel forum blog podcast newsletter chat thread subreddit server")

#: Nouns that end in "-ed" and are no past participle, which a name in marks may stand before (‘the
#: app’s “For You” feed’, ‘a “Premium” bed’): a word after the marks ending so is a verb only outside these.
NOUNS_ENDING_ED = wordset("feed feeds bed beds shed sheds seed seeds speed speeds breed breeds creed weed weeds "
                          "reed reeds deed deeds need needs sled steed")

#: Trades a firm is named by, set off before its name (‘The developer, Calder Park Homes, said’): with
#: no given name in the name, the firm that "the company" or "the firm" names later (beside FIRM_NOUNS).
FIRM_TRADES = wordset("developer housebuilder homebuilder builder supplier contractor distributor wholesaler")

#: Words for a place that serves food or drink, any of which a report may call one it has named by another
#: (‘Golden Ladle, a noodle shop on Canal Street, …. “…,” the restaurant wrote’; ‘Little Lotus, a Hanoi
#: café, …. the café said’): the last word of "the restaurant" and the head of the named one's description.
#:
#: >>> "café" in EATERY_NOUNS, "shop" in EATERY_NOUNS
#: (True, False)
EATERY_NOUNS = wordset("restaurant eatery diner bistro brasserie café cafe trattoria taqueria pizzeria steakhouse "
                       "teahouse canteen cafeteria chippy")

#: Two-word heads of a description that make a place an eatery (‘a noodle shop’, ‘the coffee house’),
#: beside :data:`EATERY_NOUNS` (never "shop" or "bar" alone: a clothes shop is no restaurant).
EATERY_PHRASES = ("noodle shop", "noodle bar", "noodle house", "ramen shop", "ramen bar", "coffee shop", "coffee house",
                  "chip shop", "sushi bar", "tea house", "tea shop", "dumpling house", "dumpling shop", "pizza place",
                  "burger joint", "taco stand", "curry house", "kebab shop", "juice bar", "wine bar", "tapas bar")

#: Nouns of a sum charged, which a name in marks right after its price ends: the name of the charge, a
#: label (‘a $4.99 “network access fee”’, ‘a £3 “statement charge”’, ‘a Rs 50 “convenience fee”’).
CHARGE_NOUNS = wordset("fee fees charge charges levy levies surcharge surcharges toll tolls premium premiums "
                       "tariff tariffs supplement")

#: Particles that make a noun of a verb with a hyphen (‘sick-out’, ‘sit-in’, ‘stand-off’, ‘roll-out’): a
#: term in marks before such a noun names a kind of it (‘a “blue flu” sick-out’, ‘a “go slow” sit-in’).
PHRASAL_NOUN_PARTICLES = wordset("out in off up down over on away back")

#: Words before a scheme's name in marks (‘a’, ‘the’, ‘its’: ‘its “test and treat” approach’).
SCHEME_DETERMINERS = frozenset("a an the its their our his her".split())

#: The named steps of a warning or threat scale, one word or two in marks after a verb that moves the
#: scale (‘fire danger ratings raised to “severe”’, ‘the threat level was lowered to “substantial”’).
#:
#: >>> "severe" in ALERT_LEVELS, "a disaster" in ALERT_LEVELS
#: (True, False)
ALERT_LEVELS = frozenset("""low moderate medium high severe extreme catastrophic critical substantial elevated heightened
guarded red amber yellow orange green black purple""".split()) | frozenset(
    ("very high", "very low", "code red", "code orange", "code yellow", "high alert", "red alert"))

#: Nouns of a warning scale, one of which names the thing moved to a level (‘danger ratings’, ‘threat level’).
ALERT_SCALE_NOUNS = wordset("rating ratings level levels alert alerts warning warnings threat danger risk status "
                            "advisory advisories")

#: Verbs that move a warning scale up or down, before "to" or "from" and its level (‘raised to’, ‘cut to’).
ALERT_MOVE_VERBS = wordset("raised lifted lowered upgraded downgraded increased reduced elevated escalated cut moved "
                           "dropped downgrade upgrade raise lower raising lowering")

#: Nouns of a name one goes by, before "was" or "is" and the name in marks (‘whose call sign was “Hammer”’,
#: ‘his nickname is “Doc”’): with "call" before it, "sign" too.
GONE_BY_NOUNS = wordset("nickname moniker codename code-name alias handle sobriquet")


#: Lower-case words of a government's level before a department's capitalised name (‘the national
#: Department of Health’, ‘the state Ministry of Works’, ‘the county Department of Water’): part of
#: the body's name as written, never a word of its own (nor, for "state", a verb).
#:
#: >>> "state" in GOVERNMENT_LEVELS, "former" in GOVERNMENT_LEVELS
#: (True, False)
GOVERNMENT_LEVELS = wordset("national federal state provincial regional territorial county municipal city central local")

#: Verbs of a gesture or a wait by someone just brought in unnamed (‘At the market, a trader shook her
#: head.’, ‘an elderly farmer leaned on his hoe’): the words in marks after it are theirs, as after a
#: stance; never a deed done to another (the words after the verb are only the subject's own things).
#:
#: >>> "shook" in GESTURE_VERBS, "sentenced" in GESTURE_VERBS
#: (True, False)
GESTURE_VERBS = wordset("""
shook nodded shrugged sighed smiled laughed frowned paused winced grimaced leaned stirred clutched gripped
waved pointed gestured wiped folded sipped squinted glanced hesitated waited sat stood
shakes nods shrugs sighs smiles laughs frowns pauses winces grimaces leans stirs clutches grips
waves points gestures wipes folds sips squints glances hesitates waits sits stands grins grinned
""")  # (and the present of a feature's scene: ‘At the next table, a diner shakes her head.’)

#: Participles of a feeling or a mood after "was" (‘Alcaraz was unimpressed.’, ‘Boone was
#: frustrated.’): how the subject took it, never a deed done to them (unlike "was arrested"); and
#: "was warned", "was asked", after which the subject still speaks.
#:
#: >>> "unimpressed" in FEELING_PARTICIPLES, "arrested" in FEELING_PARTICIPLES
#: (True, False)
FEELING_PARTICIPLES = wordset("""
frustrated disappointed delighted pleased satisfied thrilled relieved excited worried concerned surprised
shocked determined convinced annoyed irritated encouraged impressed tired bored scared frightened
exhausted elated overjoyed devastated gutted heartbroken interested warned asked
unimpressed unmoved undeterred unfazed unconcerned unbothered unrepentant incensed enraged infuriated
exasperated baffled perplexed bemused amused puzzled dejected aggrieved subdued resigned composed
relaxed chuffed buoyed emboldened
""")
#: Nouns of a feeling whose owner's name opens a sentence (‘Lindqvist’s frustration was clear on the
#: radio’): the sentence is about how that person took it, as "Lindqvist was frustrated" is.
FEELING_NOUNS = wordset("""
anger fury frustration disappointment delight joy relief elation dismay despair irritation annoyance
emotion emotions pride excitement
""")


#: Time words that, capitalised after a name, end the name of a paper, an event or a show
#: (‘Willamette Week called it’, ‘London Fashion Week said’, ‘Good Morning Britain’).
NAME_TIME_NOUNS = wordset("week weekend night morning evening")

#: Words that open a subordinate clause before the main one ("After X criticized Y, Z shot back",
#: ‘As the sun comes up over the bay, Mokoena leads the group’).
SUBORDINATE_OPENERS = wordset("after when while as before since although though if once because")


#: Syllables of Chinese (pinyin, Wade-Giles, Cantonese, Hokkien and Teochew spellings), Korean and
#: Vietnamese given names, as news English writes them apart after a surname written first ("Lim Kok
#: Seng", "Ong Li Ting", "Lee Hsien Loong", "Kim Jong Un", "Nguyen Thi Lan"): a name of three or four
#: words whose words after the first are all of these is written surname first (never "Lee Van
#: Cleef", "Kim Kardashian West", whose last word is none). The last line holds Cantonese and Hokkien
#: syllables of Hong Kong, Singapore and Malaysian names ("Tang Ping Keung", "Tan Ah Kow").
EAST_ASIAN_GIVEN_SYLLABLES = wordset("""
ah ai an ang bao bee bei beng bin bing bo bock boon buay chai chan chang chao chee chek chen cheng cheong chew chi
chia chiang chiew chih chin ching chio chiu choo choon chong chor chu chuan chuen chun chung chye cuong dae dan
dong du duc dung eng fa fai fang fei feng fook fu fung gek guan guang gui hai han hao hee heng hian hin hing hiong
ho hoa hock hoe hoi hong hoon hou hsien hsin hu hua huan huang huat hui hun hung huy hwa hwee hyun jae jia jian
jiang jie jin jing jiu jong joo jun kah kai kam kang kar kee keng keong khai khang kheng khim kia kian kiat kim
king kit kok kong kuan kwang kwee kwok kyung lai lan lay leng leong li lian liang lin ling loke loon loong lu lun
mei meng mi miao min minh ming mun mui nam nan ngoc ngee nghia oon pei peng phuong ping poh pui qi qian qiang qin
qing quan qun rong ru rui seng shan shao shek shen sheng shi shu shun siang siew sing siong siu soo soon su sui
sun sung tat teck tek thanh thi thu tian tiong ting tong tuan tuck tung uy van vinh wah wai wan wee wei wen wing
woon xi xia xian xiang xiao xin xing xiu xu xuan ya yan yang yao yee yeow yew yi yin ying yong yu yuan yue yuen
yun zhen zheng zhi zhong zhu zi
ka kei keung kow tak cheuk hei lok sze tsz yat yiu yuk swee seow teng keat
""")

#: What follows the Korean surname "An" (as "He" is the Chinese one): a space and a romanised given name
#: of two syllables joined by a hyphen, the first capitalised and opening on a consonant (‘An Se-young’,
#: ‘An Jae-hyun’, ‘An Cheol-min’). English writes "An" only before a vowel's sound, so no English word
#: after it has this shape (never ‘An Off-duty officer’, ‘An Award-winning author’, ‘An Ex-con’, nor the
#: silent h's ‘An Hour-long wait’); the Irish article's bodies are single words (‘An Post’, ‘An Garda’).
#:
#: >>> [bool(RE_AN_SURNAME_GIVEN.match(" " + w)) for w in ("Se-young", "Jae-myung", "Off-duty", "Hour-long", "Garda")]
#: [True, True, False, False, False]
RE_AN_SURNAME_GIVEN = LazyPattern(
    r" (?!(?:Hour|Honou?r|Heir|Herb|Hon)-)[BCDGHJKLMNPRSTWYZ][bcdghjklmnprstwyz]?[wy]?[aeiou]{1,3}(?:ng|[nmklpthr])?"
    r"-[bcdghjklmnprstwyz]{0,2}[wy]?[aeiou]{1,3}(?:ng|[nmklpthr])?(?![\p{L}\p{M}\-])")

#: The trades of the stars entertainment and celebrity copy is about, which it uses in place of the
#: name once it has given it (‘Headliner Niamh Carr pulled out. The Scottish singer, 28, said …’, ‘the
#: former Malibu Nights star said’): "the <words> <trade>" is the one person the article has named.
#:
#: >>> "singer" in STAR_TRADES, "minister" in STAR_TRADES
#: (True, False)
STAR_TRADES = wordset("""
singer actor actress star rapper musician comedian comedienne presenter broadcaster model influencer songwriter
singer-songwriter dancer performer celebrity personality youtuber tiktoker vlogger frontman frontwoman vocalist
popstar hitmaker starlet heartthrob icon diva crooner entertainer
""")

#: Words before a star's trade that point at someone else than the one the article is about (‘the
#: other actor’, ‘the fellow singer’, ‘the rival rapper’).
OTHER_STAR_WORDS = wordset("other another second third fellow rival latter two three both supporting opening guest")

#: Offices of a body's head, which an article may give only as "its <office>" in its lede and then
#: bring the holder in as having led the body (‘… as its artistic director warned …. / Tom Okafor, who
#: has run the venue since 2015, …’): never a deputy's, a chair's or a staff member's office.
#:
#: >>> "chief executive" in LED_BODY_OFFICES, "chairman" in LED_BODY_OFFICES
#: (True, False)
LED_BODY_OFFICES = frozenset("""chief executive|artistic director|managing director|director general|director-general
|executive director|general manager|headteacher|head teacher|principal|ceo|boss""".replace("\n", "").split("|"))

#: Clause prepositions before a bare plural noun that a clause with no relative word after it may
#: describe (‘in conditions she described as “…”’, ‘amid scenes he called “…”’).
#:
#: >>> "amid" in CLAUSE_NOUN_PREPOSITIONS, "to" in CLAUSE_NOUN_PREPOSITIONS
#: (True, False)
CLAUSE_NOUN_PREPOSITIONS = wordset("in under amid amidst despite after during with of from")

#: The trade of one who made a kind of work (‘the new play by X’ makes X "the playwright"): a work's
#: noun, then the trades an article calls its maker by.
WORK_MAKERS = {
    "play": ("playwright", "dramatist"), "musical": ("composer", "lyricist"), "novel": ("novelist", "author", "writer"),
    "memoir": ("author", "memoirist", "writer"), "poem": ("poet",), "opera": ("composer",), "symphony": ("composer",),
    "concerto": ("composer",), "screenplay": ("screenwriter",), "sculpture": ("sculptor",), "mural": ("muralist", "painter"),
}

#: Nouns of things a maker names, before the maker and "calls" or after them and "called": ‘a new
#: metric it calls “pace index”’, ‘a feature the firm launched in May called “Kipaumbele”’ (a name,
#: never a judgment: ‘a decision it calls “unfair”’ has no such noun).
#:
#: Groups and pages online are named so too (‘a Facebook group called “Bring Ruby Home”’: the group's
#: name, never its words).
#:
#: >>> "metric" in NAMED_THING_NOUNS, "decision" in NAMED_THING_NOUNS, "group" in NAMED_THING_NOUNS
#: (True, False, True)
NAMED_THING_NOUNS = wordset("""
group groups page pages channel channels
feature features metric metrics score scores tool tools app apps product products device devices gadget
setting settings mode modes option options function button filter badge tier tiers edition version update
algorithm dashboard chatbot assistant platform service model models colour colours color colors shade shades
finish finishes flavour flavours flavor flavors range line index rating ratings system
""")

#: Nouns of craft whose name follows them in marks: ‘the stricken trawler “Silver Harvest”’, ‘the
#: ferry “Island Star”’ (a vessel's name, never words said).
#:
#: >>> "trawler" in VESSEL_NOUNS, "skipper" in VESSEL_NOUNS
#: (True, False)
VESSEL_NOUNS = wordset("""
trawler trawlers vessel ship boat yacht ferry tanker freighter lifeboat liner schooner tug tugboat dinghy
cruiser frigate destroyer submarine carrier trimaran catamaran barge dhow junk steamer steamship longliner
seiner dredger coaster airship balloon locomotive
""")

#: Nouns a term in marks before them makes the name of a formal kind, whoever speaks in the sentence:
#: ‘a “preview” label’, ‘a wider “sibling” provision’, ‘a “special measures” designation’.
#:
#: A post is named so too (‘has created a new “patient advocate” role’: the post's name).
#:
#: >>> "provision" in FORMAL_KIND_NOUNS, "policy" in FORMAL_KIND_NOUNS, "role" in FORMAL_KIND_NOUNS
#: (True, False, True)
FORMAL_KIND_NOUNS = wordset("label labels tag tags badge badges designation designations status provision provisions "
                            "role roles post posts")

#: Kinds of protest a term in marks may name right before them (‘will hold a ‘paddle-out’ protest’, ‘a
#: “die-in” protest’): the kind's name, never words said. (Never a legal test or standard: PolNeAR's
#: gold quotes the “natural born” requirement and the “undue burden” standard as words said.)
EVENT_KIND_NOUNS = wordset("protest protests rally rallies vigil vigils demonstration demonstrations")

#: Nouns of a wording a group lives by or a list goes by, that a lower-case term in marks right before
#: them names (‘a “next man up” mantra’, ‘the “small-market” label’, ‘several national “hot seat”
#: lists’): the wording's name, never words said in the sentence (w52c). Never a nickname or a moniker,
#: which is often the words of the one it names (‘doubled down on the “king of debt” moniker’).
#:
#: >>> "mantra" in WORDING_KIND_NOUNS, "lists" in WORDING_KIND_NOUNS, "statement" in WORDING_KIND_NOUNS
#: (True, True, False)
WORDING_KIND_NOUNS = wordset("mantra mantras motto mottos catchphrase catchphrases label labels "
                             "list lists")

#: Determiners of a count that may open a wording's kind as "a" or "the" do (‘several “hot seat” lists’).
#:
#: >>> "several" in COUNT_DETERMINERS
#: True
COUNT_DETERMINERS = wordset("several many some numerous various")

#: Verbs of marking words on a surface (‘spray-painted the word “Home”’): an inscription, not speech.
INSCRIBING_VERBS = wordset("""
painted spray-painted scrawled daubed carved etched stitched embroidered tattooed printed stencilled
stenciled chalked inscribed emblazoned engraved
""")

#: Words that make a count approximate before its number, part of the description they open
#: (‘around 30 protesters’, ‘about 200 students’, ‘over 1,000 farmers’).
COUNT_APPROXIMATORS = wordset("around about over under nearly almost roughly approximately some upwards")

#: Two-word approximations before a number (‘more than 5,000 people’, ‘at least 40 marchers’).
COUNT_APPROXIMATOR_PAIRS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"),
                                      ("up", "to"), ("well", "over")})

#: Verbs of starting or going on that an -ing speech verb completes (‘began chanting’, ‘kept shouting’):
#: the subject is before them, never a word of the description.
ASPECT_VERBS = wordset("began begin begins started start starts kept keeps continued continue continues resumed")

#: Nouns closing an "at … point" phrase of time between an opening and a subject (‘At one point a
#: group of farmers began chanting’): never a verb whose object the subject is.
TIME_POINT_NOUNS = wordset("point stage moment juncture")

#: Kinds of body a description gives before the body's name set off after it, "a" kind "of" its members
#: (‘A coalition of insurers and hospitals, the Coalition for Coverage Choice,’, ‘an alliance of farmers,
#: the Fair Trade Farmers Alliance,’).
#: >>> "coalition" in APPOSED_BODY_KINDS, "spokesman" in APPOSED_BODY_KINDS
#: (True, False)
APPOSED_BODY_KINDS = wordset("""group coalition alliance network association federation union consortium
collective league campaign organisation organization umbrella bloc lobby partnership forum""")

#: Nouns of an outlet's kind that its own name may follow set off (‘The party’s flagship newspaper,
#: the Daily Clarion, said’, ‘the state broadcaster, the Nation Broadcasting Corporation,’).
#: >>> "newspaper" in OUTLET_KIND_NOUNS, "editor" in OUTLET_KIND_NOUNS
#: (True, False)
OUTLET_KIND_NOUNS = wordset("newspaper paper daily tabloid broadsheet weekly magazine broadcaster mouthpiece")

#: Plurals of countries that speak as a bloc only with a word saying which (‘small island states’, ‘Gulf
#: states’, ‘member states’); bare, "states" are places (‘states have widely different patterns’).
MODIFIED_BLOC_PLURALS = wordset("states economies")

#: Kinds of body a lede may give for one it names in the next paragraph (‘A British charity has warned
#: …. / Harvest Aid International said …’).
LEDE_BODY_KINDS = wordset("""charity group organisation organization agency ngo coalition alliance network union
association foundation trust federation watchdog institute society body campaign""")

#: Words after which a "they" opens a clause of its own sentence, whose people are the sentence's
#: subject (‘Hundreds of nurses marched to the ministry, where they shouted “…”’).
CLAUSE_THEY_OPENERS = wordset("where as while when until and")

#: Participles after one person's office that give the seat they hold, before the name set off (‘The
#: lawmaker representing Ikeja constituency in the House of Assembly, Hon. Ade Ojo, said’): the whole
#: description is the role, so "the lawmaker" finds them later.
#:
#: >>> "representing" in SEAT_PARTICIPLES, "sold" in SEAT_PARTICIPLES
#: (True, False)
SEAT_PARTICIPLES = wordset("representing")

#: Participles after an unnamed adviser's noun that say whom they act for (‘a lawyer advising one of the
#: parties’, ‘a banker representing the sellers’): part of the description, kept whole when the one so
#: described is brought in before they speak (w65g).
#:
#: >>> "advising" in ADVISER_PARTICIPLES, "leaving" in ADVISER_PARTICIPLES
#: (True, False)
ADVISER_PARTICIPLES = wordset("advising representing counselling counseling")

#: Verbs of taking words one way, after the subject of a clause that a plural noun of speech opens right
#: after the words (‘“…,” comments some analysts read as a signal’, ‘remarks investors took as a warning’):
#: the noun is the words' own, never an inverted cue, and the words stay the speaker's before them (w65g).
#:
#: >>> "read" in READING_AS_VERBS, "said" in READING_AS_VERBS
#: (True, False)
READING_AS_VERBS = wordset("read took saw interpreted viewed welcomed seized")

#: People whose trade a body's kind only modifies (‘a bank analyst’, ‘a company spokesman’): the kind
#: brings in no body of its own there (w65g).
#:
#: >>> "analyst" in KIND_MODIFIED_PEOPLE, "said" in KIND_MODIFIED_PEOPLE
#: (True, False)
KIND_MODIFIED_PEOPLE = wordset("""
analyst analysts economist economists strategist strategists executive executives employee employees
spokesman spokeswoman spokesperson worker workers official officials insider insiders
""")

#: After an unnamed person's noun, one of the :data:`ADVISER_PARTICIPLES` and whom they act for, up to a comma
#: or the sentence's verb: the rest of their description (‘A lawyer| advising one of the parties|, who …’).
#:
#: >>> RE_ADVISER_PHRASE_AFTER.match(" advising one of the parties, who asked").group()
#: ' advising one of the parties'
#: >>> RE_ADVISER_PHRASE_AFTER.match(" advising Harlow Foods said").group()
#: ' advising Harlow Foods'
#: >>> RE_ADVISER_PHRASE_AFTER.match(" advising clients to sell") is None
#: True
RE_ADVISER_PHRASE_AFTER = LazyPattern(
    r" (?:" + "|".join(sorted(ADVISER_PARTICIPLES)) + r") (?:(?:(?:one|some|each|either|any) of )?(?:the|a|an|its|their) "
    r"(?:[\p{L}\-’']+ ){0,3}?[\p{L}\-’']+|\p{Lu}[\p{L}\-’'.&]*(?: \p{Lu}[\p{L}\-’'.&]*){0,4})"
    r"(?=,| (?:who|said|says|was|is|were|had|has|told|added|declined)\b)")

#: How many words a seat's phrase may run after the office (‘representing Ibaji constituency in the Kogi
#: State House of Assembly’).
SEAT_PHRASE_WORDS = 14

#: Nouns of the words inscribed, after "the" (‘painted the word’, ‘scrawled the slogan’).
INSCRIPTION_NOUNS = wordset("word words slogan letters message")

#: Participles of marking a thing with a label (‘a vest marked “PRESS”’, ‘crates stamped “FRAGILE”’): a
#: label in capitals after one is printed on the thing, no one's words.
LABEL_PARTICIPLES = wordset("marked stamped labelled labeled")

#: Writings whose title, set off by a comma after them, may end the sentence (‘relied on his 2015 law
#: review article, “The Severability Trap.”’): the title, no one's words, where no one speaks in the sentence.
SET_OFF_WRITING_NOUNS = wordset("article articles paper papers op-ed")

#: Campaigns and schemes whose name in Title Case, set off by a comma after them, may end the sentence
#: (‘has launched a Spanish-language outreach campaign, “Cuida Tu Salud.”’): the name, no one's words,
#: where no one speaks in the sentence.
SET_OFF_SCHEME_NOUNS = wordset("campaign campaigns initiative initiatives programme program scheme drive")

#: Verbs of declaring a place or a body a status by name (‘voted to declare the county a “Second
#: Amendment sanctuary”’, ‘designated the estuary a “Marine Protected Area”’).
STATUS_NAMING_VERBS = wordset("declare declares declared declaring designate designates designated designating")

#: Nouns of a name a person or a thing goes by, in a clause a colon closes before the name (‘bearing
#: the nickname everyone knew him by: “Jay”’).
NICKNAME_NOUNS = wordset("nickname nicknames moniker monikers")

#: Nouns of a part of a work, before "from" or "of" and its title (‘a passage from “Ash Harbour”’).
WORK_PART_NOUNS = wordset("passage passages excerpt excerpts extract chapter chapters page pages scene scenes verse verses")

#: Verbs of reading or watching a work, right before its title (‘had read “The Long Field”’).
READING_VERBS = wordset("read reads reading reread rereading watched watching")

#: Impersonal subjects of "what … calls": a trade's term, never a speaker's (‘what the industry calls
#: a “gigafactory” site’; never ‘what critics call’).
TRADE_SUBJECTS = wordset("industry trade sector")

#: Bodies that run schemes and name them (‘what the government calls “climate action incentive”
#: payments’, ‘what the agency calls an “inside the fence line” approach’): with a noun after the marks,
#: the scheme's name, no one's words; never a side in a quarrel (critics, opponents, campaigners).
NAMING_BODY_NOUNS = wordset("""government administration agency ministry department company firm utility council
authority regulator bank airline operator commission board service""")

#: Campaigners who coin a term for a harm they campaign on (‘what campaigners call “fuel poverty”’): with
#: a lower-case term of a few words and no article, the term, never their saying.
CAMPAIGN_GROUPS = wordset("campaigners activists advocates environmentalists conservationists")

#: Last words of a public office's name that :data:`ORG_WORDS` lacks, which may end a body's name with
#: "and" inside it (‘the government’s Animal and Plant Health Directorate’).
OFFICE_BODY_WORDS = wordset("directorate inspectorate secretariat")

#: Reflexive pronouns of the third person: the one who gives themselves a style (‘styled himself “the
#: Closer”’), or the subject stressed before its verb (‘Obama himself has called it’).
THIRD_PERSON_SELVES = wordset("himself herself themselves itself")

#: Reflexive pronouns after a verb of calling, before the alias a person goes by (‘calling herself “Elena”’).
REFLEXIVE_PRONOUNS = THIRD_PERSON_SELVES | wordset("myself yourself")

#: Verbs besides "call" by which a person gives themselves a name (‘styling himself “the Professor”’).
SELF_NAMING_VERBS = wordset("styling styled styles style naming named names dubbing dubbed")

#: Verbs of making a nickname, after which a lower-case name is a nickname too (‘have nicknamed the
#: month “cough season”’); never "dubbed", which gives judgments (‘dubbed the budget “a gift”’).
NICKNAMING_VERBS = wordset("nicknamed nicknames nickname codenamed code-named christened")

#: Nouns of a group's own way of speaking, named after a term in marks (‘“mods,” in platform parlance’).
REGISTER_NOUNS = wordset("parlance jargon lingo slang argot vernacular shorthand")

#: The offices that keep order in a chamber, written as "the" and the office in capitals (‘The
#: Speaker cut her off.’, ‘The Ceann Comhairle intervened.’, ‘The Deputy Speaker rose.’): the last
#: word of the office, lower-cased (‘Ceann Comhairle’ by its last word).
CHAIR_OFFICES = wordset("speaker chair chairman chairwoman chairperson comhairle cathaoirleach")

#: Verbs by which the one in the chair breaks in on a member before a ruling in marks (‘The Speaker
#: cut her off. “The member will withdraw.”’): no speech verb of their own, yet the words that
#: follow alone are the ruling (never "called": the member called speaks next).
CHAIR_RULING_VERBS = wordset("""
cut interrupted intervened interjected rose stopped halted admonished rebuked reprimanded warned ruled
gavelled gaveled
""")

#: Verbs of assent a question puts to another for their yes or no (‘asked whether the minister agreed
#: that “…”’): the words in marks after one are the asker's, never the one asked.
ASSENT_ASKED_VERBS = wordset("""
agree agreed agrees accept accepted accepts concede conceded concedes admit admitted admits
acknowledge acknowledged acknowledges recognise recognised recognises recognize recognized recognizes
""")

#: Words of asking before "whether" or "if" (‘asked whether’, ‘rose to ask if’, ‘wanted to know whether’).
ASKING_WORDS = wordset("ask asked asks asking know wondered wonders queried queries questioned demanded")


#: Titles styled by a place after "The" (‘The Bishop of Wrexford’, ‘The Earl of Dundee’), one person each.
STYLED_OF_PLACE_TITLES = wordset("""bishop archbishop duke duchess earl countess marquess marchioness viscount
viscountess baron baroness dean""")

#: Verbs of a text holding words, which, denied (‘did not mention the word ‘sewage’’), leave the word no
#: one's speech.
MENTIONING_VERBS = wordset("mention mentions mentioned contain contains contained include includes included use uses used")

#: Verbs of keeping away from a word, right before "the word" (‘officials have avoided the word
#: “devaluation”’, ‘ministers shunned the term “austerity”’): the word is the one not said, no one's speech.
SHUNNING_VERBS = wordset("""avoid avoids avoided avoiding shun shuns shunned shunning eschew eschews eschewed
eschewing""")

#: Verbs of taking offence, before "at" and "the word" (‘farmers bristle at the word “bailout”’): the
#: word is one others use, never the subject's.
BRISTLING_VERBS = wordset("""bristle bristles bristled bristling balk balks balked balking baulk baulks baulked
baulking recoil recoils recoiled recoiling wince winces winced wincing cringe cringes cringed cringing chafe chafes
chafed chafing""")

#: Verbs of keeping away from a word, by the particle after them, before "of" or "from" and "the word"
#: (‘steered clear of the word’, ‘shied away from the term’).
KEEPING_AWAY = {"clear": wordset("steer steers steered steering"), "away": wordset("shy shies shied shying")}

#: Participles of selling a thing under a name, before "as" and the name in marks (‘a cheddar sold as
#: “Old Mill”’, ‘a tea marketed as “Highland Gold”’): a brand, no one's words.
SELLING_PARTICIPLES = wordset("sold marketed branded rebranded badged packaged retailed")

#: Words of denial before a verb, as tokens (‘did not’, ‘never’, ‘doesn’t’).
DENIAL_WORDS = wordset("not never didn't didn’t doesn't doesn’t don't don’t hasn't hasn’t haven't haven’t")

#: Nouns of a measure a government or a body names (‘the Government’s plan, “Homes for Every Generation”,’).
MEASURE_NOUNS = wordset("""plan plans strategy programme program scheme policy initiative blueprint framework
package bill act roadmap""")

#: The last word of a plan's or a programme's name in Title Case (‘the government’s “Long Term
#: Workforce Plan”’, ‘the “Green Fields Programme”’): the marks name the plan, no one's words.
#:
#: >>> "plan" in MEASURE_TITLE_WORDS, "gridlock" in MEASURE_TITLE_WORDS
#: (True, False)
MEASURE_TITLE_WORDS = wordset("plan strategy programme program scheme initiative framework roadmap blueprint")

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

#: Words a few before "for" that make the names after it in marks entries in a vote (‘2,000 people
#: voted for “Biscuit”’, ‘several dozen for “Cinnamon”’, ‘an alarming number for “Fluffy McFluffface”’).
VOTE_WORDS = wordset("voted vote votes voting ballots entries suggestions dozen dozens hundreds number")


#: Nouns of a law or a rule that a campaign names after one person (‘Chloe’s Rule’, ‘Martyn’s Law’,
#: ‘Megan’s Law’): the name in marks is the law's, never anyone's words.
#:
#: >>> "rule" in PERSON_LAW_NOUNS, "report" in PERSON_LAW_NOUNS
#: (True, False)
PERSON_LAW_NOUNS = wordset("law rule act bill")

#: Nouns before marks that hold a job's title (‘the title “physician associate”’, ‘the job title
#: ‘nursing associate’’): the title named, never anyone's words.
JOB_TITLE_NOUNS = wordset("title titles")



#: Nouns of a party's runner in a race, for the epithet "the <party> <noun>" of the person a story
#: follows on the trail (‘the Democratic nominee’, ‘the Labour candidate’, ‘the Conservative hopeful’).
#:
#: >>> "nominee" in CONTEST_EPITHETS, "leader" in CONTEST_EPITHETS
#: (True, False)
CONTEST_EPITHETS = wordset("nominee candidate challenger hopeful contender frontrunner front-runner")


#: The most words of a term in marks that an owner's possessive comes right before, no cue in its
#: sentence: the writer's mocking word, no one's (‘His “apology” came two days later’, ‘The junta’s
#: “roadmap to democracy” has produced no election’); a longer quotation there is someone's words.
OWNED_TERM_WORDS = 3

#: Possessives that own a term the writer sets in marks (‘his “reforms”’); never the first and second
#: persons, which a speaker's own sentence uses (‘our “friends”’ inside a quotation).
#:
#: >>> "his" in TERM_OWNERS, "our" in TERM_OWNERS
#: (True, False)
TERM_OWNERS = wordset("his her their its")

#: Contractions that end like a possessive and own nothing (‘It’s “fine”’, ‘That’s “progress”’).
#:
#: >>> "that" in S_CONTRACTIONS
#: True
S_CONTRACTIONS = wordset("it that he she there here what who let where how everyone everybody nobody")


#: Messages a host or a speaker reads out on air or in a room, whose words are their writer's:
#: ‘read out a text message from a listener:’, ‘read an email from a viewer:’.
#:
#: >>> "message" in READ_OUT_MESSAGES, "statement" in READ_OUT_MESSAGES
#: (True, False)
READ_OUT_MESSAGES = wordset("message text email e-mail letter note voicemail tweet post comment question")


#: Titles one calls the person one asks by, set off in a question (‘Two children died, Doctor. What
#: went wrong?’, ‘Minister, will you pay?’): a question put to another, never the asker's own.
#:
#: >>> "doctor" in HAILED_TITLES, "host" in HAILED_TITLES
#: (True, False)
HAILED_TITLES = wordset("doctor minister secretary governor senator congressman congresswoman mayor president premier "
                        "chancellor commissioner professor judge councillor councilman councilwoman taoiseach "
                        "tánaiste chief general admiral colonel ambassador sir madam ma'am")

#: Words a witness calls the member or the chair who put a question by, besides the questioners'
#: own nouns: an Irish TD is ‘Deputy’ (‘I would have to come back to you on that, Deputy.’), and a
#: witness in a Canadian or British committee answers through the chair (‘Mr. Chair, …’).
#:
#: >>> "deputy" in QUESTIONER_HAILS, "minister" in QUESTIONER_HAILS
#: (True, False)
QUESTIONER_HAILS = wordset("deputy")

#: Most paragraphs back from a question to the witness quoted last before it (:func:`_witness_before`).
WITNESS_REACH_PARAGRAPHS = 6

#: Words that judge the answer one's own question got, said back to the one who gave it: the
#: asker's (‘That’s not an answer.’, ‘That is not what I asked.’, ‘You haven't answered the question.’),
#: or that opens by summing the answer up as a yes or a no (‘So that's a no.’, ‘Then it's a yes.’).
#:
#: >>> bool(RE_JUDGES_ANSWER.search("That’s not an answer.")), bool(RE_JUDGES_ANSWER.search("I have answered it."))
#: (True, False)
#: >>> bool(RE_JUDGES_ANSWER.search("So that's a no.")), bool(RE_JUDGES_ANSWER.search("I said that's a no."))
#: (True, False)
RE_JUDGES_ANSWER = LazyPattern(r"(?i)\b(?:(?:that|this|it)(?:['’]s| is| was) (?:not|no) (?:an |much of an )?answer"
                               r"|^(?:so|then),? (?:that|it)(?:['’]s| is) a (?:no|yes)\b"
                               r"|(?:that|this|it)(?:['’]s| is| was) not what I asked"
                               r"|you (?:haven['’]t|have not|didn['’]t|did not|still haven['’]t) answered)\b")

#: Most words back from a place's "in" to the role whose body stands between them (‘A spokesman for the
#: Saudi Embassy in Washington, Fahad Rashidi,’): the role, "for", the body's words.
ROLE_BEFORE_PLACE_REACH = 8

#: Heads of a lede's office held by the one who leads its body (‘The chief executive of Skyward Air’,
#: ‘The chairwoman of the water board’), whom a clause of leading it names next (‘…, who has led the
#: carrier since 2019,’).
#:
#: >>> "executive" in LEADER_OFFICE_HEADS, "spokesman" in LEADER_OFFICE_HEADS
#: (True, False)
LEADER_OFFICE_HEADS = wordset("executive ceo chairman chairwoman chairperson chair head boss president director "
                              "leader chief governor")

#: Offices a headline's or a lede's "<domain> chief" stands for, when the body gives the one who leads that
#: domain by one of them with the same domain word (‘its mobile chief’ for ‘Corvex mobile president X’, ‘its
#: research chief’ for ‘research director X’); never a spokesman or a deputy.
#:
#: >>> "president" in DOMAIN_CHIEF_OFFICES, "spokesman" in DOMAIN_CHIEF_OFFICES
#: (True, False)
DOMAIN_CHIEF_OFFICES = wordset("president head boss director")

#: A lede's kin word (‘The husband of a jailed aid worker’) and the kin words its holder gives the
#: one the lede speaks of, in a "whose" clause (‘…, whose wife Leila …’).
#:
#: >>> "wife" in LEDE_KIN_RECIPROCALS["husband"], "son" in LEDE_KIN_RECIPROCALS["husband"]
#: (True, False)
LEDE_KIN_RECIPROCALS = {"husband": frozenset(("wife",)), "wife": frozenset(("husband",)),
                        "widow": frozenset(("husband",)), "widower": frozenset(("wife",)),
                        "father": frozenset(("son", "daughter", "child")), "mother": frozenset(("son", "daughter", "child")),
                        "parents": frozenset(), "son": frozenset(("father", "mother")),
                        "daughter": frozenset(("father", "mother")), "brother": frozenset(("brother", "sister")),
                        "sister": frozenset(("brother", "sister")), "partner": frozenset(("partner",))}

#: Lede offices whose kinds (:data:`LEDE_OFFICE_KINDS`) a country has one holder of, so that the kind's
#: office before a name fits with no body given (‘Caracas's top diplomat’ for ‘Venezuela's foreign
#: minister, X,’); never a "head" or "official" (‘The head of the union’ is no ‘general secretary’).
BODILESS_OFFICE_KINDS = wordset("diplomat")

#: Paragraphs after a lede within which an office it names later in its sentence (‘a decision the city’s
#: police chief called “…”’) may be given to the one person titled with it (‘Chief X said’), when no
#: one else there holds that title.
LEDE_OFFICE_NAMED_REACH = 4

#: Words a lede's body shares with any other body, that never by themselves make a body named later the
#: lede's (‘union’, ‘city’ for ‘the city's largest police union’ and ‘the city's firefighters union’).
GENERIC_BODY_WORDS = wordset("union unions committee council association federation organisation organization "
                             "city country state nation county largest biggest main national local s")

#: Words that make a body named later a part of one (‘the union's Cork branch’), whose head is not the body's.
BODY_PART_WORDS = wordset("branch branches chapter wing section division local")

#: Parts of a day after a weekday that opens a sentence (‘By Sunday evening the president had …’).
DAY_PART_NOUNS = wordset("morning afternoon evening night")

#: Offices of a head of government or of a city, as a pattern's alternatives (‘president’, ‘prime minister’).
HEAD_OFFICES_ALTERNATION = "president|prime minister|premier|chancellor|governor|mayor"

#: Words before an office that make its holder a deputy, no holder of the office itself (‘Vice
#: President X’ is no one "the president" stands for).
DEPUTY_OFFICE_WORDS = wordset("vice deputy lieutenant lt assistant")

#: Irregular pasts an office's own sentence may go on with (‘The president said …’, ‘… read from notes’,
#: ‘… struck a defiant tone’), as a pattern's alternatives.
OFFICE_IRREGULAR_PASTS_ALTERNATION = ("said|told|wrote|spoke|read|took|made|gave|sent|met|went|came|held|struck|"
                                      "stood|kept|left|brought|hit|cut|set|put|let|got|saw|sought|began|chose|drew|won|lost")

#: A sentence about a head of government or of a city by office alone, its subject, with a verb next:
#: the one a "he" or "she" in the sentence after stands for (‘In Washington, the US president has made
#: the caravan a theme. On Saturday he wrote …’). Before the subject, at most a place, a phrase of time
#: or occasion (‘But in an interview aired on Sunday, the governor said …’) or a participle (‘Replying,
#: the Prime Minister thanked …’, ‘Asked about the strike, the premier said …’); after it, at most an
#: aside in lower case (‘The president, for his part, turned …’, ‘The mayor, speaking at City Hall,
#: read …’), never a name set off (‘The president of the union, Mary Ode, said’).
#:
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("In Washington, the US president has made it a theme."))
#: True
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("But in an interview aired on Sunday, the governor said it."))
#: True
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("The mayor, speaking at City Hall on Monday, read a statement."))
#: True
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("Replying, the Prime Minister thanked her."))
#: True
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("The president of the union, Mary Ode, said."))
#: False
#: >>> bool(RE_OFFICE_SUBJECT_OPENING.match("The president, Mary Ode, said."))
#: False
RE_OFFICE_SUBJECT_OPENING = regex.compile(
    r"(?:(?:In|At|From|Back in|Meanwhile in) \p{Lu}[\w.]*(?: \p{Lu}[\w.]*)?, "
    r"|(?:(?:But|And|Yet|Later|Earlier) )?(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Aa]fter|[Ll]ater) [^,.;:!?“”\"‘’\n]{3,60}, "
    r"|(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned)\b[^,.;:!?“”\"‘’\n]{0,60}, )?"
    r"[Tt]he (?:(?:\p{Lu}[\w.’']*|former|new|outgoing) )?((?i:" + HEAD_OFFICES_ALTERNATION + r"))"
    r"(?:, \p{Ll}[^,.;:!?“”\"‘’\n]{0,100},)?"
    r" (?:has|had|is|was|(?:\w+ly )?(?:\w+(?:ed|s)|" + OFFICE_IRREGULAR_PASTS_ALTERNATION + r"))\b")

#: A reaction a sentence says came from the name right after it: that one acts, as a subject would
#: (‘That drew scorn from Brennan after the meeting. “…,” she told reporters’ is Brennan's), and the
#: one a question or a challenge came from, who asks next (‘The first question came from Sharon Vega,
#: a retired nurse, who said …. “…?” she asked’: never the host quoted before).
#:
#: >>> bool(RE_REACTION_FROM_BEFORE.search("That drew a sharp rebuke from Sen. "))
#: True
#: >>> bool(RE_REACTION_FROM_BEFORE.search("The plan drew money from "))
#: False
#: >>> bool(RE_REACTION_FROM_BEFORE.search("That wasn’t good enough for "))
#: True
#: >>> bool(RE_REACTION_FROM_BEFORE.search("The first question came from "))
#: True
#:
#: And the one a thing the sentence tells stirred, named right after its verb of feeling (‘…, a
#: decision that irritated Okoye. / “…,” she said’ is Okoye's, never an official quoted before).
#:
#: >>> bool(RE_REACTION_FROM_BEFORE.search("a ruling that angered "))
#: True
#: >>> bool(RE_REACTION_FROM_BEFORE.search("a ruling that named "))
#: False
RE_REACTION_FROM_BEFORE = regex.compile(
    r"(?:\b(?:drew|draws|drawn|prompted|provoked|brought|earned|sparked) (?:(?:a|an|the) )?(?:[\p{Ll}\-]+ ){0,2}"
    r"(?:response|rebuke|reaction|criticism|scorn|fire|protest|objection|reply|retort|praise|ire|anger|derision|"
    r"condemnation|rejoinder|outburst|warning|reprimand)s? from "
    r"|\b(?:That|This|It) (?:was|is)(?:n[’']t| not)? (?:good |nearly |quite )?enough for "
    r"|\b(?:question|challenge|heckle|interruption|attack)s? (?:came|comes|had come) from "
    r"|\b(?:that|which) (?:(?:has|had) )?(?:irritated|angered|infuriated|frustrated|annoyed|upset|dismayed|"
    r"delighted|pleased|saddened|alarmed|rankled|stung|incensed|enraged|exasperated|riled) )"
    r"(?:\p{Lu}[\p{L}.'’\-]* ){0,3}$")

#: Irregular pasts of a scene's own acts, no speech (‘For the 11th night, Emmanuel slept on a
#: cardboard box’): after a given name alone that opens a sentence, that name is its subject.
#:
#: >>> "slept" in SCENE_IRREGULAR_PASTS, "said" in SCENE_IRREGULAR_PASTS
#: (True, False)
SCENE_IRREGULAR_PASTS = wordset("""
slept stood sat lay knelt woke awoke kept held spent ran fled came left sent took got found felt
fought drove rode swam wept hid dug bought sold built caught taught brought
""")

#: A name in full set off after an unnamed subject by who identified them (‘A second officer,
#: identified by the department as Officer Miguel Santana, can be heard …’): group 1 is the name, past
#: a rank or an honorific.
#:
#: >>> RE_IDENTIFIED_AS_NAME.match(", identified by the force as PC Aaron Webb, can").group(1)
#: 'Aaron Webb'
#: >>> RE_IDENTIFIED_AS_NAME.match(", identified by police as Fermín, 31,") is None
#: True
RE_IDENTIFIED_AS_NAME = regex.compile(
    r", identified (?:only )?(?:by [^.,;:“”\"()]{1,40}? )?(?:only )?as "
    r"(?:(?:PC|Pc|Officer|Constable|Sgt\.?|Sergeant|Detective|Deputy|Trooper|Agent|Dr\.?|Mr\.?|Ms\.?|Mrs\.?) )?"
    r"(\p{Lu}\p{Ll}+(?:[\-’']\p{Lu}?\p{Ll}+)*(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}+(?:[\-’']\p{Lu}?\p{Ll}+)*){1,2}),")


#: Last words of a shop's or a family firm's name that holds its founder's possessive (‘Donovan’s
#: Bakery’, ‘Hargrove’s Sporting Goods’, ‘Patterson’s Pizza’): with one of these after it, the
#: possessive opening the subject is the firm's own, never an owner before the one who speaks.
#:
#: >>> "bakery" in SHOP_NAME_ENDS, "minister" in SHOP_NAME_ENDS
#: (True, False)
SHOP_NAME_ENDS = wordset("""
pizza pizzeria bakery bakeries pharmacy pharmacies goods kitchen kitchens diner cafe café pub bar grill restaurant
restaurants hardware books bookshop bookstore deli delicatessen butchers furniture jewellers jewelers tavern inn
bistro brewery dairy market supermarket supermarkets stores store garage motors foods burgers chicken donuts
doughnuts bagels coffee ice-cream creamery fisheries seafood nurseries tyres tires
""")

#: Capitalised words that open a sentence before "of" and a body's name as something measured of it,
#: never a word of the body's name (‘Viewership of the Premier Hockey League fell’, ‘Attendance of
#: Metro Transit …’, ‘Sales of Kestrel Motors rose’).
#:
#: >>> "viewership" in BODY_MEASURE_WORDS, "friends" in BODY_MEASURE_WORDS
#: (True, False)
BODY_MEASURE_WORDS = wordset("""
viewership viewers ratings attendance audiences audience sales revenue revenues profits profit earnings turnover
ridership enrolment enrollment membership subscriptions subscribers output exports imports
""")

#: Last words of a firm's trade written before its name, with no article (‘Refrigerated haulier Frostline UK
#: said’, ‘Packaging specialist Ardmore Box said’): the name after them is the firm's, as after a trade.
TRADE_LEAD_NOUNS = wordset("haulier hauler specialist courier shipper grocer chain")


#: Nouns of a reaction someone gives, whose source "from X" is the one who speaks next
#: (‘drew a furious response from pharmacist X’; ‘The exchange prompted a warning from Speaker X after
#: members began shouting. “Members will come to order,” he said.’ is the Speaker's).
REACTION_NOUNS = frozenset(
    "response reply rebuke retort rebuttal riposte rejoinder reaction backlash warning reprimand".split())


#: Participles of a reply in an exchange of blows (‘with X accusing Y of “…” and the nominee retorting that
#: …’): the one who replies is the one the first attacked.
RETORTING_PARTICIPLES = frozenset("retorting responding replying countering".split())

#: Verbs (as participles' stems) of one rival attacking another in an absolute "with" phrase (‘with X
#: accusing Y of …’, ‘with X attacking Y for …’).
ATTACKING_STEMS = ("accus", "attack", "criticis", "criticiz", "blam", "lambast", "berat", "mock", "slam")

#: Words for one side of a contest that a reply's subject may be (‘the Democratic nominee’, ‘the
#: incumbent’): the attacked one of two rivals.
RIVAL_EPITHETS = frozenset("nominee candidate challenger contender frontrunner front-runner incumbent rival".split())


#: Verbs of speech after which a capitalised word with an adverb's ending is a surname (‘“…,” said
#: Mattingly’, ‘told Kennerly’): an adverb there stays in lower case (‘said tellingly’).
SURNAME_SPEECH_VERBS = wordset("said says told asked added wrote replied recalled explained")


#: Irregular past participles that open a sentence's clause before its subject (‘Told of the remark,
#: X grinned’, ‘Shown the footage, she winced’); the regular ones end in -ed (‘Asked whether …’).
OPENING_IRREGULAR_PARTICIPLES = wordset("""
told shown given caught taken seen found brought struck beaten driven written known hit met left
""")


#: A live page's time stamp alone on its line, above an entry (‘07:48 GMT’, ‘11.47pm EST’, ‘6:10 a.m.’):
#: where one entry ends and the next begins (never a year alone, ‘2025’).
#:
#: >>> [bool(RE_ENTRY_TIME_LINE.fullmatch(s)) for s in ("07:48 GMT", "11.47pm EST", "6:10 a.m.", "2025")]
#: [True, True, True, False]
RE_ENTRY_TIME_LINE = LazyPattern(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*")

#: A live page's time stamp opening an entry's first sentence, with or without a mark after it (‘13.20 The
#: agency says’, ‘5.30pm: The firm’, ‘7:02 AM — Police’): read past it to the sentence's subject (w54b).
#: The time needs its minutes and a capital after it (never ‘2025 The’ nor ‘13.20 per cent’).
#:
#: >>> [RE_ENTRY_TIME_LEAD.match(s).group() for s in ("13.20 The agency", "5.30pm: The firm", "7:02 AM — Police")]
#: ['13.20 ', '5.30pm: ', '7:02 AM — ']
#: >>> RE_ENTRY_TIME_LEAD.match("2025 The year"), RE_ENTRY_TIME_LEAD.match("13.20 per cent")
#: (None, None)
RE_ENTRY_TIME_LEAD = LazyPattern(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?|\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4}(?![\p{L}]))?\s*(?:[—–:-]\s+|\s)(?=\p{Lu})")

#: A signpost that ends a live page's paragraph and only points to the quotations below it (‘Here are some
#: of the key lines.’, ‘Here's what she said:’, ‘Below are the highlights.’): no one's sentence, so the
#: words below go to the one the sentence before it is about (w54b).
#:
#: >>> bool(RE_QUOTES_SIGNPOST.search("She has finished. Here are some of the key lines.")), bool(RE_QUOTES_SIGNPOST.search(" Here's what he said:"))
#: (True, True)
#: >>> RE_QUOTES_SIGNPOST.search("Here are the facts about the dam.") is None
#: True
RE_QUOTES_SIGNPOST = LazyPattern(r"(?<![^\s])(?:Here are|Here[’']s|Here is|Below are|These are)(?: some of)?(?: (?:the|her|his|their))?"
                                 r"(?: [\p{Ll}\-]+)? (?:lines|quotes|highlights|excerpts|extracts|remarks|moments|passages)"
                                 r"(?: (?:so far|from (?:it|the speech|her speech|his speech)))?[.:]\s*$"
                                 r"|(?<![^\s])Here(?:[’']s| is) what (?:s?he|they) (?:said|told [\p{Ll}]+)[.:]\s*$")

#: (prefilter) How every match of :data:`RE_QUOTES_SIGNPOST` opens: a plain test, so the pattern is compiled
#: only for an article that may need it.
QUOTES_SIGNPOST_OPENINGS = ("Here", "Below are", "These are")

#: A body's name set off right after the kind that brings it in, past a clause that picks it out (‘The firm
#: that leases the unit, Brackwell Logistics, has’, ‘The operator, Norvane Energy, said’): the name (w54b).
#:
#: >>> RE_KIND_THEN_BODY_NAME.match(" that leases the unit, Brackwell Logistics, has").group(1)
#: 'Brackwell Logistics'
#: >>> RE_KIND_THEN_BODY_NAME.match(", Brackwell, has") is None, RE_KIND_THEN_BODY_NAME.match(" said, Brackwell Logistics, has") is None
#: (True, True)
RE_KIND_THEN_BODY_NAME = LazyPattern(r"(?: (?:that|which) [\p{Ll}\s\-’']{1,50})?, (\p{Lu}[\p{L}&\-]+(?: \p{Lu}[\p{L}&\-]+){1,4}),")

#: People of someone's circle, in the plural after their owner (‘Tranter's allies’, ‘the mayor's aides’):
#: a group "one" of whom may speak for them (‘“…,” one said.’ is "one of X's allies").
#:
#: >>> "allies" in CIRCLE_PLURALS, "policies" in CIRCLE_PLURALS
#: (True, False)
CIRCLE_PLURALS = wordset("allies aides advisers advisors supporters friends loyalists backers critics colleagues "
                         "associates confidants lieutenants")


#: Nouns of a talking product, which answers as a body of a kind (an "it"): ‘the chatbot replied’,
#: ‘the assistant wrote’, ‘the system said’ stand for the one the article named by such a noun
#: (‘its chatbot, Sage,’, ‘an AI voice assistant, named Ava,’).
#:
#: >>> "chatbot" in TALKING_PRODUCT_NOUNS, "spokesman" in TALKING_PRODUCT_NOUNS
#: (True, False)
TALKING_PRODUCT_NOUNS = wordset("chatbot bot assistant system")

#: Words of an article on machines that talk, one of which must be in it before an "assistant" or a
#: "system" is taken for a product (a human assistant is a person: ‘his assistant, Keisha Grant’).
#:
#: >>> "chatbot" in MACHINE_TALK_WORDS, "minister" in MACHINE_TALK_WORDS
#: (True, False)
MACHINE_TALK_WORDS = ("chatbot", " AI ", " AI-", "artificial intelligence", "voice assistant",
                      "virtual assistant", "digital assistant", "language model")

#: Letters of technical things, never a speaker though a cue stands next to them (‘per 1,000 API
#: calls, would “…”’, ‘the GPU said’ in no article).
#:
#: >>> "API" in TECH_ACRONYMS, "NASA" in TECH_ACRONYMS
#: (True, False)
TECH_ACRONYMS = frozenset("API APIs AI URL URLs GPU GPUs CPU CPUs LLM LLMs SDK SDKs VPN VPNs SMS PDF PDFs".split())

#: Nouns of a unit of people, or a shop, that two lower-case words joined by "and" may name before
#: them as one compound (‘the trust and safety team’, ‘the research and development division’, ‘a
#: fish and chip shop’): a description read forward goes on through the "and" to the unit.
#:
#: >>> "team" in COMPOUND_UNIT_NOUNS, "porter" in COMPOUND_UNIT_NOUNS
#: (True, False)
COMPOUND_UNIT_NOUNS = wordset("""team teams department division unit desk group section squad office practice
wing programme program committee shop store stall business""")

#: Prepositions after which "that" before a noun and a stop is a demonstrative inside a source's
#: description (‘a person familiar with that conversation, who …’), never a clause's conjunction.
#:
#: >>> "with" in DEMONSTRATIVE_PREPOSITIONS, "in" in DEMONSTRATIVE_PREPOSITIONS
#: (True, False)
DEMONSTRATIVE_PREPOSITIONS = wordset("with to on of about")


#: A figure that counts things (‘1,000’, ‘300’, ‘2.5m’): before a plural cue word it makes it a noun
#: (‘1,000 API calls’).
#:
#: >>> bool(RE_COUNT_FIGURE.fullmatch("1,000")), bool(RE_COUNT_FIGURE.fullmatch("A1"))
#: (True, False)
RE_COUNT_FIGURE = LazyPattern(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[mkb]?")

#: A four-figure year, which counts nothing: ‘In 2019 Kenya claims …’.
RE_YEAR_FIGURE = LazyPattern(r"1[89]\d\d|20\d\d")

#: Plural speech words that a count before them makes nouns (‘300 calls’, ‘40,000 claims’); never ‘says’,
#: a verb only.
COUNTED_SPEECH_NOUNS = frozenset("""calls claims reports requests questions comments statements remarks complaints
warnings demands answers replies responses messages posts tweets appeals pleas threats promises pledges
announcements allegations queries inquiries enquiries""".split())

#: Words that may stand, capitalised at a sentence's start, right before such a count (‘About 300 calls’,
#: ‘Per 1,000 API calls’); another capitalised word there makes a numbered name (‘Section 230 calls’).
COUNT_LEADS = frozenset("about some over nearly almost around more fewer only just roughly per at with of in the its".split())


#: Kin words seen from the other side: the roles that make their owner the kin a "his" or "her"
#: phrase names (‘Albert's granddaughter, Rachel Finch, … her grandfather describes’ is Albert).
#:
#: >>> sorted(KIN_INVERSES["grandfather"])
#: ['granddaughter', 'grandson']
KIN_INVERSES = {
    "grandfather": frozenset({"granddaughter", "grandson"}), "grandmother": frozenset({"granddaughter", "grandson"}),
    "father": frozenset({"daughter", "son"}), "mother": frozenset({"daughter", "son"}),
    "son": frozenset({"father", "mother"}), "daughter": frozenset({"father", "mother"}),
    "husband": frozenset({"wife"}), "wife": frozenset({"husband"}),
    "uncle": frozenset({"nephew", "niece"}), "aunt": frozenset({"nephew", "niece"}),
    "grandson": frozenset({"grandfather", "grandmother"}), "granddaughter": frozenset({"grandfather", "grandmother"}),
}

#: A time set after a description's head, no part of who the speaker is (‘A board member| at the time,’,
#: ‘One reviewer| in 2004 described …’): the description ends before it.
#:
#: >>> bool(RE_DESCRIPTION_TIME_TAIL.match(" at the time, who")), bool(RE_DESCRIPTION_TIME_TAIL.match(" in 2004 said"))
#: (True, True)
#: >>> RE_DESCRIPTION_TIME_TAIL.match(" at the time-share firm") is None, RE_DESCRIPTION_TIME_TAIL.match(" in 2004 units") is None
#: (True, True)
RE_DESCRIPTION_TIME_TAIL = LazyPattern(r" (?:at (?:the|that) time|in (?:1[89]|20)\d\d)(?=[,;.]| (?:who|said|says|told|"
                                       r"described|called|wrote|added|recalled|remembered)\b)")


#: What a sentence says of someone unnamed it opens with, when the words after it are theirs: a
#: stance (‘A retired postman was less worried.’, ‘A neighbour disagreed.’), never a deed done to or by
#: another (‘A firefighter carried Ana Ruiz’, ‘A judge sentenced him’, ‘A lawyer did not respond’). A list, not
#: a set: the patterns that join it into alternatives keep its order.
#:
#: >>> "blunt" in STANCE_WORDS, "dismissed" in STANCE_WORDS, "restrained" in STANCE_WORDS  # (‘… was less restrained.’)
#: (True, False, True)
STANCE_WORDS = """
worried concerned sure certain convinced optimistic pessimistic hopeful skeptical sceptical critical blunt forgiving angry
upset calm relaxed defiant philosophical unimpressed impressed pleased happy unhappy positive confident cautious candid
frank resigned bitter enthusiastic unrepentant unmoved unapologetic adamant emphatic dismissive sanguine guarded scathing
blunter apologetic coy forthright upbeat downbeat defensive gracious diplomatic remorseful tearful emotional
patient impatient unconvinced unpersuaded sympathetic unsympathetic receptive hostile cynical wary weary scornful
withering damning charitable generous harsh direct succinct furious disillusioned disappointed frustrated
keen eager thrilled delighted annoyed irritated excited careful restrained outspoken
""".split()

#: Put right after a stance word of :data:`STANCE_WORDS` in a pattern: "restrained" is a stance, never a
#: deed done to the subject, held back by someone or led off (‘A man in the crowd was restrained by
#: stewards.’, ‘A protester was restrained and led away.’; ‘… was less restrained.’ is the stance).
#:
#: >>> import regex; pat = regex.compile(r"was (?:less )?(?:restrained|calm)" + STANCE_NOT_PASSIVE)
#: >>> [bool(pat.match(t)) for t in ("was less restrained.", "was restrained by stewards", "was restrained and led away", "was calm and quiet")]
#: [True, False, False, True]
STANCE_NOT_PASSIVE = r"(?!(?<=restrained) (?:by|and|after|as|until|before|while|when|with|outside|at|on)\b)"

#: A subject's stance told right after its name, "was" and an adjective of :data:`STANCE_WORDS` (‘Asked
#: about the cuts, Caldwell was careful.’, ‘…, Ferris was less sure.’): what the subject does, never a
#: passive done to them (‘Caldwell was dismissed’).
#:
#: >>> bool(RE_STANCE_PREDICATE.match(" was careful.")), bool(RE_STANCE_PREDICATE.match(" was far less optimistic"))
#: (True, True)
#: >>> RE_STANCE_PREDICATE.match(" was dismissed on Sunday") is None, RE_STANCE_PREDICATE.match(" was careful to avoid") is None
#: (True, True)
RE_STANCE_PREDICATE = LazyPattern(r" (?:was|is|seemed|sounded|remained|appeared) (?:(?:less|more|not|far|much|also|equally) ){0,2}"
                                  r"(?:" + "|".join(STANCE_WORDS) + r")\b(?! to\b)" + STANCE_NOT_PASSIVE)

#: (prefilter) How every match of :data:`RE_STANCE_PREDICATE` opens: a plain test, so the long pattern is
#: compiled only for an article with such a verb where it is asked.
STANCE_PREDICATE_OPENINGS = (" was ", " is ", " seemed ", " sounded ", " remained ", " appeared ")


#: Plain nouns of a person that an appositive gives a name with "named" or "called" (‘the waitress,
#: a woman named Dot Pruitt,’; ‘the driver, a young man called Ravi,’): the name is the one described.
#:
#: >>> "woman" in NAMED_PERSON_NOUNS, "company" in NAMED_PERSON_NOUNS
#: (True, False)
NAMED_PERSON_NOUNS = wordset("man woman person guy fellow lady gentleman girl boy")


#: A plural noun of firms right before a run of capitals (‘the merger of mobile operators ’, ‘rival
#: carriers ’, ‘the banks ’): the run lists the bodies, so ‘operators Vireo and Castell Telecom’ names
#: two firms, never one "Vireo and Castell Telecom" (as ‘Procter and Gamble’, with no such noun, is one).
#:
#: >>> [bool(RE_FIRMS_LISTED_BEFORE.search(t)) for t in ("merger of mobile operators ", "rival banks ", "the opera ", "of Marks ")]
#: [True, True, False, False]
RE_FIRMS_LISTED_BEFORE = LazyPattern(
    r"\b(?:companies|firms|operators|carriers|banks|lenders|insurers|airlines|retailers|rivals|brands|makers|"
    r"manufacturers|startups|start-ups|networks|chains|publishers|studios|automakers|carmakers|groups) $")


#: Nouns of a device's or a program's state or control, which a word in marks right before them names
#: (‘switch the units to “standby” mode’, ‘tap the “share” button’, ‘the “private” setting’): the
#: mode's name, never words said.
#:
#: >>> "mode" in MODE_NOUNS, "system" in MODE_NOUNS
#: (True, False)
MODE_NOUNS = wordset("mode modes setting settings button buttons tab menu toggle switch option")


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
