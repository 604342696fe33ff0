"""Speech verbs and the words around a cue: every form of a speech verb (SPEECH_VERBS), cue verbs,
pronouns and auxiliaries, replies, openings before a subject, and the leads of reported speech.
"""

from __future__ import annotations

import re

import regex
from quotesearch.lexicon import LazyPattern, _inflect, wordset


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

#: Participles of being asked or told that open a sentence with a clause of what was put to its subject
#: (‘Told that Ebner had admitted the mistake, Ortiz nodded.’, ‘Asked whether Rix would start, Vance
#: shrugged.’): a name inside that clause is what was put, never the sentence's subject.
#:
#: >>> "told" in PUT_TO_OPENINGS, "asked" in PUT_TO_OPENINGS, "said" in PUT_TO_OPENINGS
#: (True, True, False)
PUT_TO_OPENINGS = ASKED_OPENINGS | wordset("told informed reminded")

#: Verbs of calling that attribute a quoted word or phrase ("called the deal “a disaster”").
CALL_VERBS = wordset("call calls called calling")

#: Verbs of terming that take what is termed for their object before the marks, as "called" does
#: (‘X, however, termed the government's claims “a jugglery of figures”’): the subject's words; never
#: a participle after a thing's noun nor with the marks right after it (‘a phenomenon termed “X”’,
#: ‘what economists have termed “X”’), which name a term (w105e).
#:
#: >>> "termed" in TERMING_VERBS, "dubbed" in TERMING_VERBS
#: (True, False)
TERMING_VERBS = wordset("term terms termed")

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
ANSWERING_VERBS = wordset("""called calls dismissed dismisses described describes rejected rejects denied
denies disputed disputes labelled labeled branded derided mocked ridiculed contested challenged questioned""")

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

#: What a study or a report does with its words (‘…,” the report found’), beside speech verbs.
#:
#: >>> "found" in FINDING_VERBS, "said" in FINDING_VERBS
#: (True, False)
FINDING_VERBS = wordset("found finds showed shows indicated indicates estimated estimates")

#: A finding verb that reports a clause found, before its marks (‘the Court of Appeal found the trial judge gave
#: the jury a “…” direction’, ‘…, finding that the judge gave a “…” direction’): the finder's words, as a
#: ruling's are (:func:`quotesearch.backward_cues._finds_a_clause` asks for the clause and a named finder).
#:
#: >>> "finding" in FINDING_CUE_VERBS, "showed" in FINDING_CUE_VERBS
#: (True, False)
FINDING_CUE_VERBS = wordset("found finds finding")

#: Verbs whose "that" opens what they say or find, never a relative clause of the noun before them:
#: ‘The court found that judge Alan Pellow had told jurors …’ (speech verbs count too).
#:
#: >>> "held" in THAT_CLAUSE_VERBS, "court" in THAT_CLAUSE_VERBS
#: (True, False)
THAT_CLAUSE_VERBS = FINDING_VERBS | wordset("held decided determined believed believes knew learned heard")

#: Words in -ing that are prepositions, never a participle after a subject ("officials including …").
ING_PREPOSITIONS = frozenset("including during according regarding concerning following excluding pending "
                             "considering barring notwithstanding".split())

#: What a body does in a post besides saying (‘In a Facebook post, the county thanked volunteers’).
POST_DEED_VERBS = wordset("""thanked apologized apologised announced urged reminded shared praised congratulated
welcomed confirmed cautioned encouraged mourned honored honoured""")

#: Imperatives a column brings someone in with before a colon and their words (‘Consider instead Siobhan
#: Kerr, who has taught for 20 years:’, ‘Meet Tunde Bello, a welder:’, ‘Take Priya Nair, 34:’).
#:
#: >>> "consider" in INTRODUCING_IMPERATIVES, "see" in INTRODUCING_IMPERATIVES
#: (True, False)
INTRODUCING_IMPERATIVES = wordset("consider meet take")

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

#: Words that, after "that", show it is a conjunction opening a reported clause, never a demonstrative
#: (‘…, but that the company aimed to …’, ‘adding that its members …’).
CLAUSE_SUBJECT_OPENERS = wordset("the a an its his her their our my your this these those")

#: Verbs of a reporter reaching a body for its side of a story (‘When we contacted X, it said’).
CONTACT_VERBS = frozenset(("contacted", "approached", "asked", "wrote to", "called", "emailed", "queried",
                           "put this to", "put these points to", "put the complaint to", "raised this with",
                           "raised the case with", "raised her case with", "raised his case with", "raised their case with"))

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


#: A verb of urging (or telling), its listener and "to" right before a body's quotation, whose words are what the
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
#:
#: Telling the listener to do a thing urges it too (‘after telling nurses to “take the offer”’), never
#: when told is the subject's lot (‘were told to ’, ‘was told by police to ’).
#:
#: >>> bool(RE_URGED_TO_LEAD.search("after telling nurses to ")), bool(RE_URGED_TO_LEAD.search("were told to "))
#: (True, False)
RE_URGED_TO_LEAD = LazyPattern(r"\b(?:urged|urges|urging|implored|implores|exhorted|exhorts|told|tells|telling)[ \t]+"
                               r"(?:(?!\b(?:to|by)\b)[^.;:!?“”\"\n]){1,60}?\bto[ \t]+$")

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

#: Verbs whose past is their bare form, that end a sentence's subject when a name or an article follows
#: (‘Pelham Ratings cut Norvik Energy to junk’, ‘The regulator hit the lender with a fine’): never a role's
#: word (‘set designer’, ‘cut man’, a lower-case noun after them).
#:
#: >>> "cut" in BARE_PASTS, "said" in BARE_PASTS
#: (True, False)
BARE_PASTS = wordset("cut hit put set shut split quit")

#: Gatherings at which a body adopts a document (‘adopted at the annual summit of X’): X is its issuer.
ADOPTING_GATHERINGS = wordset("summit meeting conference assembly congress session synod convention")

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

#: The past of a feeling or a reaction shown on a face or by the shoulders (‘smiled’, ‘shrugged’), which both a
#: kin's gesture before "she said" (relations.RE_KIN_GESTURE) and a feeling shown before an age epithet
#: (described_speakers.RE_SHOWN_FEELING) take, each with words of its own; pasts of :data:`REACTION_VERBS`.
#:
#: >>> sorted(SHOWN_REACTIONS), SHOWN_REACTIONS <= REACTION_VERBS
#: (['grinned', 'laughed', 'shrugged', 'sighed', 'smiled', 'winced'], True)
SHOWN_REACTIONS = wordset("smiled grinned laughed sighed winced shrugged")

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

#: Words that open a subordinate clause before the main one ("After X criticized Y, Z shot back",
#: ‘As the sun comes up over the bay, Mokoena leads the group’).
SUBORDINATE_OPENERS = wordset("after when while as before since although though if once because")

#: Clause prepositions before a bare plural noun that a clause with no relative word after it may
#: describe (‘in conditions she described as “…”’, ‘amid scenes he called “…”’).
#:
#: >>> "amid" in CLAUSE_NOUN_PREPOSITIONS, "to" in CLAUSE_NOUN_PREPOSITIONS
#: (True, False)
CLAUSE_NOUN_PREPOSITIONS = wordset("in under amid amidst despite after during with of from")

#: Verbs of starting or going on that an -ing speech verb completes (‘began chanting’, ‘kept shouting’):
#: the subject is before them, never a word of the description.
ASPECT_VERBS = wordset("began begin begins started start starts kept keeps continued continue continues resumed")

#: Words after which a "they" opens a clause of its own sentence, whose people are the sentence's
#: subject (‘Hundreds of nurses marched to the ministry, where they shouted “…”’).
CLAUSE_THEY_OPENERS = wordset("where as while when until and")

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

#: Contractions that end like a possessive and own nothing (‘It’s “fine”’, ‘That’s “progress”’).
#:
#: >>> "that" in S_CONTRACTIONS
#: True
S_CONTRACTIONS = wordset("it that he she there here what who let where how everyone everybody nobody")

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


#: Nouns of a reaction someone gives, whose source "from X" is the one who speaks next
#: (‘drew a furious response from pharmacist X’; ‘The exchange prompted a warning from Speaker X after
#: members began shouting. “Members will come to order,” he said.’ is the Speaker's).
REACTION_NOUNS = frozenset(
    "response reply rebuke retort rebuttal riposte rejoinder reaction backlash warning reprimand".split())


#: Participles of a reply in an exchange of blows (‘with X accusing Y of “…” and the nominee retorting that
#: …’): the one who replies is the one the first attacked.
RETORTING_PARTICIPLES = frozenset("retorting responding replying countering".split())


#: Irregular past participles that open a sentence's clause before its subject (‘Told of the remark,
#: X grinned’, ‘Shown the footage, she winced’); the regular ones end in -ed (‘Asked whether …’).
OPENING_IRREGULAR_PARTICIPLES = wordset("""
told shown given caught taken seen found brought struck beaten driven written known hit met left
""")

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

#: Prepositions after which "that" before a noun and a stop is a demonstrative inside a source's
#: description (‘a person familiar with that conversation, who …’), never a clause's conjunction.
#:
#: >>> "with" in DEMONSTRATIVE_PREPOSITIONS, "in" in DEMONSTRATIVE_PREPOSITIONS
#: (True, False)
DEMONSTRATIVE_PREPOSITIONS = wordset("with to on of about")

#: Plural speech words that a count before them makes nouns (‘300 calls’, ‘40,000 claims’); never ‘says’,
#: a verb only.
COUNTED_SPEECH_NOUNS = frozenset("""calls claims reports requests questions comments statements remarks complaints
warnings demands answers replies responses messages posts tweets appeals pleas threats promises pledges
announcements allegations queries inquiries enquiries""".split())
