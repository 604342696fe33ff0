"""Words in marks that are no one's speech: terms and glosses, scare quotes, laws and provisions,
schemes, works' titles and kinds, names of things, brands, alerts and headline labels.
"""

from __future__ import annotations
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.document_words import PROGRAMME_NOUNS
from quotesearch.role_words import SCIENCE_PROFESSIONS


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

#: Nouns of a stretch of land, road or water that a lower-case nickname in marks may end with (‘the
#: herb road’, ‘the golden mile’, ‘the killer bend’): such a name after ‘that drivers call’ is no speech.
PLACE_NICKNAME_HEADS = wordset("road roads street lane alley avenue highway corridor strip stretch mile belt triangle "
                               "bend junction crossing bridge quarter district valley coast row square market")

#: A paper's stories that a naming verb gives a headline (‘headlined its report “…”’, ‘titled the
#: piece “…”’, ‘headlined its front page “…”’): what follows in marks is a title, never speech.
#:
#: >>> "report" in STORY_NOUNS, "reporter" in STORY_NOUNS
#: (True, False)
STORY_NOUNS = wordset("report story piece article editorial column splash front page cover lead leader")


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

#: Verbs that label rather than quote speech: "the so-called", "a report titled".
TITLE_CUES = wordset("""
titled entitled dubbed nicknamed so-called called named labelled labeled branded billed
headlined known coined termed code-named codenamed
""")

#: Title cues that, with "to" after them, tell a right or a claim, never a title (‘the importers were
#: entitled to “every cent, with interest”’ is a speaker's words; ‘a report entitled “…”’ is a title) (w71c).
#:
#: >>> "entitled" in RIGHT_SENSE_CUES, "titled" in RIGHT_SENSE_CUES
#: (True, False)
RIGHT_SENSE_CUES = wordset("entitled")

#: First words that keep what "entitled to" has in marks a claim, never a bare term: an article, an owner, a
#: count (‘entitled to “their day in court”’, ‘entitled to “every cent”’; but ‘tenants are entitled to “quiet
#: enjoyment” of their homes’ is the law's term, no one's words, review rv71c).
#:
#: >>> "their" in BARE_TERM_NOT_FIRST, "quiet" in BARE_TERM_NOT_FIRST
#: (True, False)
BARE_TERM_NOT_FIRST = wordset("a an the every all each any some no more their his her its our my your this that")

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

#: Languages whose names are no nation's adjective, glossing a word in marks after "for" (‘grandmatris is
#: Latin for “great mother”’, ‘Arabic for “the gathering”’): a translation, no one's speech (w83b). (Never
#: a surname's shape, "English", "French", "Welsh": ‘thanked Mr English for “…”’.)
#:
#: >>> "latin" in GLOSS_LANGUAGES, "english" in GLOSS_LANGUAGES
#: (True, False)
GLOSS_LANGUAGES = wordset("""
latin arabic hebrew sanskrit swahili hindi urdu mandarin cantonese yiddish persian farsi maori gaelic esperanto
tagalog zulu xhosa yoruba igbo hausa amharic tamil bengali punjabi pashto aramaic
""")

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

#: Nouns of what a designer or a maker makes and names (‘the 1988 collection she called “Salt Marsh”’, ‘a
#: lamp carved from driftwood that he called “Night Heron”’): a name of two words or more in title case its
#: maker gives it, never speech (w71a).
#:
#: >>> "collection" in MADE_THING_NOUNS, "stool" in MADE_THING_NOUNS, "decision" in MADE_THING_NOUNS
#: (True, True, False)
MADE_THING_NOUNS = wordset("""
collection collections piece pieces design designs stool chair chairs table lamp sofa bench dress gown coat jacket
sculpture sculptures painting paintings print prints series album song record track fragrance perfume quilt rug
""")

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


#: A news page's section or a story's kind, written as a headline's label before a colon
#: ("Exclusive: “…”", "MARKETS: ‘…’", "Live: ‘Massive queues’ at Dover"): never a speaker.
HEADLINE_LABELS = frozenset("""
exclusive analysis explainer factbox fact-check factcheck opinion comment editorial update updated updates breaking
live watch video pictures photos listen revealed latest markets business politics economy world sport sports
shipping energy tech technology health science climate environment culture travel property finance money media
lifestyle entertainment motoring education review interview insight briefing timeline preview recap obituary
letters weather traffic local national
quotable overheard noteworthy quotebook
claim verdict q&a
""".split())  # (a round-up's rubric of the night's words: ‘QUOTABLE: “…” — Coach Ron Maddox’; a fact check's
# rubric before the words it checks, their speaker credited after them: ‘Claim: “…” – Ben Thorne’, ‘Verdict:’)


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

#: Catchphrases of markets and economics that copy sets in marks as the trade's terms, no one's words
#: (‘bet the central bank would keep rates “higher for longer”’, ‘talk of a “soft landing”’), and the news
#: trade's own for its season of rumour (‘what promises to be a frantic “silly season”’, w69c); one who says
#: them in the sentence keeps them.
#:
#: >>> "soft landing" in STOCK_PHRASES, "silly season" in STOCK_PHRASES, "a turning point" in STOCK_PHRASES
#: (True, True, False)
STOCK_PHRASES = frozenset("""
higher for longer|lower for longer|soft landing|hard landing|no landing|bumpy landing|crash landing
|goldilocks|stagflation|dead cat bounce|taper tantrum|risk-on|risk-off|green shoots
|quantitative easing|quantitative tightening|silly season
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

#: Nouns of a term's use before "of the term" (‘objected to the council's use of the term “…”’).
#:
#: >>> "use" in TERM_USE_NOUNS, "meaning" in TERM_USE_NOUNS
#: (True, False)
TERM_USE_NOUNS = wordset("use misuse overuse adoption")

#: Verbs of distaste for a word, before "at the phrase" (‘bristles slightly at the phrase “…”’, ‘winced
#: at the label “…”’): the term named, no one's words (w70a).
#:
#: >>> "bristles" in TERM_DISTASTE_VERBS, "said" in TERM_DISTASTE_VERBS
#: (True, False)
TERM_DISTASTE_VERBS = wordset("""
bristle bristles bristled bristling wince winces winced wincing cringe cringes cringed cringing
balk balks balked balking recoil recoils recoiled recoiling chafe chafes chafed chafing
""")

#: Verbs of a listener's reaction to a word, before "at the phrase" (‘the crowd roared at the phrase “…”’,
#: ‘delegates groaned at the word “…”’): the term named, someone else's words, never the listeners' (w72c).
#:
#: >>> "roared" in TERM_REACTION_VERBS, "shouted" in TERM_REACTION_VERBS
#: (True, False)
TERM_REACTION_VERBS = wordset("""
roar roars roared roaring cheer cheers cheered cheering boo boos booed booing jeer jeers jeered jeering
gasp gasps gasped gasping groan groans groaned groaning scoff scoffs scoffed scoffing hiss hisses hissed hissing
""")

#: Verbs of objecting before "to the term" (‘she objected to the term “…”’, ‘he takes exception to the word’ is
#: not one): the term named, no one's words (w72c).
#:
#: >>> "objected" in TERM_OBJECTING_VERBS, "said" in TERM_OBJECTING_VERBS
#: (True, False)
TERM_OBJECTING_VERBS = wordset("object objects objected objecting")

#: Prepositions after a verb of objecting whose object is a term's use (‘objected to’, ‘complained about’).
OBJECTION_PREPOSITIONS = wordset("to about over at")

#: Words before "name" that make it a name's kind (‘under the brand name “Thalivra”’, ‘the trade name’).
NAME_KIND_WORDS = wordset("brand trade code working stage pen product generic proprietary commercial marketing")

#: Nouns that a name in marks before them makes a scheme's name (‘a “hospital in the home”
#: program’, ‘the “test and treat” approach’, ‘its “no jab, no pay” policy’).
SCHEME_NOUNS = frozenset("""
program programs programme programmes scheme schemes initiative initiatives model approach policy
pilot strategy service services campaign campaigns protocol pathway
""".split())

#: Nouns that end in "-ed" and are no past participle, which a name in marks may stand before (‘the
#: app’s “For You” feed’, ‘a “Premium” bed’): a word after the marks ending so is a verb only outside these.
NOUNS_ENDING_ED = wordset("feed feeds bed beds shed sheds seed seeds speed speeds breed breeds creed weed weeds "
                          "reed reeds deed deeds need needs sled steed")

#: Nouns of a sum charged, which a name in marks right after its price ends: the name of the charge, a
#: label (‘a $4.99 “network access fee”’, ‘a £3 “statement charge”’, ‘a Rs 50 “convenience fee”’).
CHARGE_NOUNS = wordset("fee fees charge charges levy levies surcharge surcharges toll tolls premium premiums "
                       "tariff tariffs supplement")

#: Particles that make a noun of a verb with a hyphen (‘sick-out’, ‘sit-in’, ‘stand-off’, ‘roll-out’): a
#: term in marks before such a noun names a kind of it (‘a “blue flu” sick-out’, ‘a “go slow” sit-in’).
PHRASAL_NOUN_PARTICLES = wordset("out in off up down over on away back")

#: Verbs right before a scheme's article whose object is a scheme tried out (‘was trialling a “hear and
#: treat” scheme’): its name, never the words of one who speaks before them. Never "run", "operate",
#: "adopt", "introduce" or "launch", whose scheme may be a charge made (‘said the firm was running a “cash
#: for access” scheme’, ‘said ministers had adopted a “head in the sand” approach’, review of w141d).
SCHEME_TAKING_VERBS = wordset("trial trials trialled trialed trialling trialing pilot pilots piloted piloting")

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

#: Prepositions that open a short phrase of where or among whom a name is used, between its noun and
#: "is" (‘whose nickname at her home club is “Birdie”’, ‘his nickname in the dressing room was “Doc”’).
#:
#: >>> "at" in GONE_BY_PLACE_PREPOSITIONS, "that" in GONE_BY_PLACE_PREPOSITIONS
#: (True, False)
GONE_BY_PLACE_PREPOSITIONS = wordset("at in among around on inside within")

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

#: Campaigns and schemes whose name in Title Case, set off by a comma after them, may end the sentence
#: (‘has launched a Spanish-language outreach campaign, “Cuida Tu Salud.”’): the name, no one's words,
#: where no one speaks in the sentence.
SET_OFF_SCHEME_NOUNS = wordset("campaign campaigns initiative initiatives programme program scheme drive")

#: Verbs of declaring a place or a body a status by name (‘voted to declare the county a “Second
#: Amendment sanctuary”’, ‘designated the estuary a “Marine Protected Area”’).
STATUS_NAMING_VERBS = wordset("declare declares declared declaring designate designates designated designating")

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

#: Laws and rules that name what they govern, as namers of "what … calls" (‘reserved for what the 2021
#: law calls “social equity” applicants’, ‘what the statute calls “covered platforms”’): the law's own
#: term, no one's words (w71c). A law takes a year before it (‘the 2021 law’); a body never does.
#:
#: >>> "law" in NAMING_LAW_NOUNS, "statute" in NAMING_LAW_NOUNS, "critics" in NAMING_LAW_NOUNS
#: (True, True, False)
NAMING_LAW_NOUNS = wordset("law act statute ordinance regulation rule rules bill code constitution treaty")

#: Plurals whose word for a thing, glossed after it, is a term of art (‘what lawyers call the “Hadley
#: doctrine”, the idea that …’, ‘what legislators call “bridge funding,” the yearly sum …’): a trade's
#: (TRADE_GROUPS) and the law's and lawmaking's; never a side in a quarrel or a party to a case, whose
#: words are theirs however glossed (‘what opponents call “corporate welfare,” the third such subsidy …’,
#: ‘what the union calls “wage theft,” the practice of …’, review rv71c).
#:
#: >>> "lawyers" in GLOSSED_TERM_GROUPS, "economists" in GLOSSED_TERM_GROUPS, "opponents" in GLOSSED_TERM_GROUPS
#: (True, True, False)
GLOSSED_TERM_GROUPS = TRADE_GROUPS | wordset("""lawyers attorneys jurists judges legislators lawmakers regulators
lobbyists pollsters statisticians""")

#: Campaigners who coin a term for a harm they campaign on (‘what campaigners call “fuel poverty”’): with
#: a lower-case term of a few words and no article, the term, never their saying.
CAMPAIGN_GROUPS = wordset("campaigners activists advocates environmentalists conservationists")

#: Verbs of making a nickname, after which a lower-case name is a nickname too (‘have nicknamed the
#: month “cough season”’); never "dubbed", which gives judgments (‘dubbed the budget “a gift”’).
NICKNAMING_VERBS = wordset("nicknamed nicknames nickname codenamed code-named christened")

#: Nouns of a group's own way of speaking, named after a term in marks (‘“mods,” in platform parlance’).
REGISTER_NOUNS = wordset("parlance jargon lingo slang argot vernacular shorthand")

#: Verbs of a text holding words, which, denied (‘did not mention the word ‘sewage’’), leave the word no
#: one's speech.
MENTIONING_VERBS = wordset("mention mentions mentioned contain contains contained include includes included use uses used")

#: Nouns of a motto, right after "the" and before the marks that hold it (‘painted with the slogan
#: “…”’, ‘earned him the tag “Mr Ice”’): the words named as a motto, a brand's or a crowd's, nobody's
#: statement unless one says, shouts or uses them (:data:`MOTTO_VOICING_VERBS`).
#:
#: >>> "slogan" in MOTTO_NOUNS, "words" in MOTTO_NOUNS
#: (True, False)
MOTTO_NOUNS = wordset("slogan slogans motto mottos tagline strapline catchphrase tag")

#: Verbs right before "the" and a motto's noun that voice the motto (‘chanted the slogan “…”’, ‘he
#: repeated the catchphrase’, ‘raising the slogan “…”’ as a crowd shouts it): the words are the voicer's, as before.
#:
#: >>> "chanted" in MOTTO_VOICING_VERBS, "carry" in MOTTO_VOICING_VERBS
#: (True, False)
MOTTO_VOICING_VERBS = wordset("""use uses used using repeat repeats repeated repeating chant chants chanted chanting
shout shouts shouted shouting utter utters uttered uttering sing sings sang singing sung echo echoes echoed echoing
raise raises raised raising invoke invokes invoked invoking adopt adopts adopted adopting coin coins coined coining
hear hears heard hearing write writes wrote writing written""")

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


#: Nouns of a device's or a program's state or control, which a word in marks right before them names
#: (‘switch the units to “standby” mode’, ‘tap the “share” button’, ‘the “private” setting’): the
#: mode's name, never words said.
#:
#: >>> "mode" in MODE_NOUNS, "system" in MODE_NOUNS
#: (True, False)
MODE_NOUNS = wordset("mode modes setting settings button buttons tab menu toggle switch option")

#: Head nouns after a term in marks that name a category, a label, a rule, a status, a feature, a plan, a
#: notice, a post, a designation or the like: the words in marks before them are that thing's name, no
#: one's speech (‘the “anti-steering” rules’, ‘its “streak” feature’, ‘into “drought” status’, ‘a “lack of
#: reserve” notice’, ‘the “freedom to speak up guardian” post’, ‘its “unlimited” data plans’) (w80d).
#: Never nouns a judgment often qualifies (‘deal’, ‘system’, ‘policy’, ‘price’: ‘a “rigged” system’ quotes).
#:
#: >>> "status" in CATEGORY_HEAD_NOUNS, "feature" in CATEGORY_HEAD_NOUNS, "system" in CATEGORY_HEAD_NOUNS
#: (True, True, False)
CATEGORY_HEAD_NOUNS = wordset("""
category categories label labels rule rules status feature features plan plans notice notices post posts
designation designations classification classifications tier tiers badge badges tag tags
certificate certificates exemption exemptions
""")

#: Words before the marks that open the noun phrase a category's name stands in: an article, an owner's
#: pronoun, or a preposition of moving into a state (‘into “drought” status’) (w80d).
#:
#: >>> "into" in CATEGORY_DETERMINERS, "said" in CATEGORY_DETERMINERS
#: (True, False)
CATEGORY_DETERMINERS = wordset("a an the its their our his her this these any every each into to under")

#: Verbs of ending or fighting a plan or a rule (‘would abandon the “…” plan’, ‘wanted to scrap the “…”
#: rules’, ‘promised to end the “…” rules’): after a verb of speech in the sentence, the words in marks
#: right after them and an article are the speaker's own label for what they would end, no category's
#: name (review rv80d).
#:
#: >>> "abandon" in REJECTING_VERBS, "enforce" in REJECTING_VERBS
#: (True, False)
REJECTING_VERBS = wordset("""
abandon abandons abandoned abandoning scrap scraps scrapped scrapping ditch ditches ditched ditching axe axes
axed axing end ends ended ending veto vetoes vetoed vetoing oppose opposes opposed opposing reject rejects
rejected rejecting kill kills killed killing shelve shelves shelved shelving repeal repeals repealed repealing
overturn overturns overturned overturning abolish abolishes abolished abolishing junk junks junked junking
""")
