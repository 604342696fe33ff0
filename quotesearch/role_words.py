"""Roles, offices and people by kind: role nouns and titles, kin, ranks and offices, court parties,
sport positions, professions, description heads, and the offices a lede or a headline gives.
"""

from __future__ import annotations

import regex
from quotesearch.lexicon import LazyPattern, _plural, wordset
from quotesearch.name_words import SURNAME_PLURAL_ROLES
from quotesearch.document_words import THING_NOUNS
from quotesearch.body_words import BODY_PLURALS


#: A legislature's chamber that stands before a party word for one of its members, in capitals as a
#: name's would be (‘a top Senate Republican’, ‘a senior House Democrat’: never the name "House Democrat").
CHAMBER_WORDS = wordset("senate house assembly")

#: Verbs whose bare form also names a service in a title before a rank (‘county fire Capt. X’, ‘city
#: fire Battalion Chief X’, ‘state park Ranger X’): there a noun, never the cue.
#:
#: >>> "fire" in SERVICE_VERB_NOUNS, "said" in SERVICE_VERB_NOUNS
#: (True, False)
SERVICE_VERB_NOUNS = wordset("fire park rescue")


#: A rank written before an office with a hyphen (‘the vice-minister’, ‘the deputy-governor’).
HYPHENED_RANKS = frozenset("vice deputy co sub under".split())


def ranked_office(word: str, offices: frozenset) -> bool:
    """A rank and an office written as one word with a hyphen (‘vice-minister’, ‘deputy-governor’).

    >>> ranked_office("vice-minister", frozenset({"minister"})), ranked_office("co-founder", frozenset({"minister"}))
    (True, False)
    """
    return "-" in word and word.split("-", 1)[0] in HYPHENED_RANKS and word.rsplit("-", 1)[-1] in offices

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

#: Participles that open a title ("acting director", "managing partner"), not a clause.
TITLE_PARTICIPLES = wordset("acting managing presiding visiting founding leading outgoing incoming ruling")

#: Trades' "-ing" words that stand before a role noun as part of a job title (‘drilling supervisor’,
#: ‘mining engineer’, ‘sailing coach’), never a verb taking the person after it as its object, as
#: ‘praising manager X’, ‘including chairman X’, ‘quoting poet X’ or ‘backing nurse X’ do (review rv83a).
#:
#: >>> "drilling" in TRADE_GERUNDS, "praising" in TRADE_GERUNDS, "including" in TRADE_GERUNDS
#: (True, False, False)
TRADE_GERUNDS = wordset("""drilling mining welding sailing nursing teaching banking farming fishing shipping racing boxing
rowing diving flying marketing accounting engineering publishing printing building consulting planning polling
cleaning catering cooking brewing baking lending trading investing surveying logging plumbing roofing wrestling
skiing swimming climbing cycling riding coaching filming lighting mountaineering gardening dispatching
landscaping tutoring sewing hunting""") | TITLE_PARTICIPLES

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

#: Kin, roles the article gives ("her daughter, Lily Roe"), never capitalised titles; and kin a
#: generation further off (‘the painter's great-grandson’, w70a).
#:
#: >>> "great-grandson" in KIN_NOUNS, "great-aunt" in KIN_NOUNS
#: (True, True)
KIN_NOUNS = wordset("""
daughter son wife husband mother father brother sister widow widower fiancee fiance niece nephew
cousin grandson granddaughter grandmother grandfather aunt uncle stepson stepdaughter
great-grandson great-granddaughter great-grandmother great-grandfather great-aunt great-uncle great-niece great-nephew
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

#: A spouse's word by the spouse's own sex, the other one than the owner's (‘his wife’, ‘her widower’).
#:
#: >>> SPOUSE_SEX["widow"], SPOUSE_SEX["husband"]
#: ('f', 'm')
SPOUSE_SEX = {"wife": "f", "widow": "f", "husband": "m", "widower": "m"}

#: Words that pick one of two people by age, and the one they pick ("the older woman", "the
#: younger of the two", "the elder of the two brothers").
AGE_COMPARATIVES = {"older": "older", "elder": "older", "younger": "younger"}

#: Offices written with a capital whose "for" may name a place or a remit, not an office's words,
#: before the holder's name ("Minister for Grand Bahama Ginger Moxey", "Secretary for Wales X").
PLACE_OFFICES = frozenset("Minister Secretary Commissioner".split())

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

#: What a national side calls its players, capitalised before a player's full name as an honour, no
#: word of the name (‘Former Silver Fern Aroha Tane’, ‘ex-All Black Wiremu Kerr’, ‘Olympian Ann Reid’):
#: one word, or two (w83c). A side's name as a given name ("Matilda") is left out.
#:
#: >>> "silver fern" in SIDE_HONOURS, "olympian" in SIDE_HONOURS, "matilda" in SIDE_HONOURS
#: (True, True, False)
SIDE_HONOURS = frozenset(("all black", "silver fern", "black fern", "black cap", "black stick", "tall black",
                          "springbok", "wallaby", "wallaroo", "socceroo", "olympian", "paralympian"))

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

#: A senior barrister's letters written before the name as their rank, lawyers' style in a court
#: report (‘Cross-examined by defence KC Ruth Lyle, she said’, ‘prosecutor and QC Tom Hale’): never
#: part of the name that follows (w73c). After a name they stay POST_NOMINALS (‘Ruth Lyle KC’).
#:
#: >>> "kc" in SILK_LETTERS, "qc" in SILK_LETTERS, "mp" in SILK_LETTERS
#: (True, True, False)
SILK_LETTERS = wordset("kc qc")

#: Those described who put questions at a briefing, by the head of their description (‘a reporter’, ‘one
#: journalist’, ‘another correspondent’); the same word alone labels a reporter's turn in a briefing's
#: transcript (‘Reporter: “Will the owner be charged?”’).
#:
#: >>> "reporter" in BRIEFING_ASKER_NOUNS, "official" in BRIEFING_ASKER_NOUNS
#: (True, False)
BRIEFING_ASKER_NOUNS = frozenset("reporter journalist correspondent questioner".split())

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
#:
#: And a church convention's voting delegate, whom Baptist reports call a messenger (‘said one
#: messenger from Ohio, who declined to give his name’, w80b):
#:
#: >>> "messenger" in ROLE_NOUNS, "message" in ROLE_NOUNS
#: (True, False)
#:
#: And the volunteers and staff of a local club, a ground or a parish, who speak in local sport and
#: community news as an umpire does (‘The club's oldest member, 91-year-old former scorer Jo Hale,’,
#: ‘groundsman Ted Pike said’, ‘kitman Ray Bell’, ‘verger Ann Cole’, w87a):
#:
#: >>> "scorer" in ROLE_NOUNS, "groundsman" in ROLE_NOUNS, "kitman" in ROLE_NOUNS, "score" in ROLE_NOUNS
#: (True, True, True, False)
#:
#: And the staff of a royal or great household, who speak of their employer in court and
#: biography news (‘a former lady-in-waiting recalls’, ‘the dresser tells Strand’, ‘a former
#: equerry said’, w90a); never "butler", a surname as often (‘Minister … Mary Butler’):
#:
#: >>> "lady-in-waiting" in ROLE_NOUNS, "equerry" in ROLE_NOUNS, "dresser" in ROLE_NOUNS, "lady" in ROLE_NOUNS, "butler" in ROLE_NOUNS
#: (True, True, True, False, False)
#:
#: And one who discloses wrongdoing, described so in place of a name (‘the whistleblower wrote that
#: “…”’, w101d):
#:
#: >>> "whistleblower" in ROLE_NOUNS, "whistle" in ROLE_NOUNS
#: (True, False)
#:
#: And a port's trades, a word before the name in maritime news and no part of it (‘Harbourmaster
#: Geoff Pascoe said’ is Geoff Pascoe, as ‘Coxswain …’ is; w109a):
#:
#: >>> "harbourmaster" in ROLE_NOUNS, "lifeboatman" in ROLE_NOUNS, "harbour" in ROLE_NOUNS
#: (True, True, False)
#:
#: And one who examines or assesses for a living, described so in place of a name (‘the examiner, who
#: was not named, said:’, ‘the former adjuster said’, w112f); "Examiner" capitalised stays an outlet's name:
#:
#: >>> "examiner" in ROLE_NOUNS, "adjuster" in ROLE_NOUNS
#: (True, True)
ROLE_NOUNS = wordset("""
harbourmaster harbourmasters harbormaster harbormasters lifeboatman lifeboatmen
lady-in-waiting ladies-in-waiting equerry equerries dresser dressers footman footmen valet valets
housekeeper housekeepers
linebacker cornerback tailback halfback fullback shortstop outfielder infielder wicketkeeper batsman batter bowler skipper
defenseman defenceman defensemen defencemen goaltender netminder comhairle
minister secretary spokesperson spokesman spokeswoman spokespeople ambassador president
senator representative congressman congresswoman governor mayor chancellor premier leader
chairman chairwoman chair director chief official officials adviser advisor aide counterpart
envoy rapporteur general admiral commodore commander officer analyst researcher professor economist expert lawyer
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
farmer worker retiree veteran mechanic boss publicist whistleblower whistleblowers whistle-blower
councillor councilor alderman alderwoman vicar chaplain defendant plaintiff claimant trustee patrolman
solicitor barrister supervisor chef baker cook barista bartender waiter waitress cashier shopkeeper clerk
carpenter electrician plumber builder painter sculptor photographer composer dancer designer programmer
lecturer academic headteacher apprentice trainee co-founder cofounder fisherman miner sailor soldier monk nun
swimmer landlord merchant broker translator biographer memoirist bookseller essayist illustrator
songwriter creator co-creator inventor schoolteacher
trucker welder roofer plasterer bricklayer labourer laborer cabbie
secretary-general attorney-general governor-general director-general solicitor-general surgeon-general
auditor-general inspector-general accountant-general comptroller-general registrar-general under-secretary undersecretary
commissioner-general postmaster-general paymaster-general
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
auctioneer realtor valuer conveyancer examiner examiners adjuster adjusters
picker packer stower sorter
contestant housemate heartthrob
prefect ombud ombuds ombudsman ombudswoman ombudsperson bursar bailiff consul nuncio mufti abbot abbess
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
dealer exporter importer buyer bidder grower rancher shipper roaster wholesaler agronomist
server sommelier stylist restaurateur hostess assistant butcher tailor seamstress influencer blogger coder
lineman lineworker rescuer administrator
foreman forewoman postman postwoman ferryman groundskeeper milkman fireman repairman handyman deckhand arbitrager arbitrageur glaciologist
promoter recorder winemaker brewer grader steward collector planner messenger
directeur sportif soigneur
scorer scorekeeper timekeeper groundsman groundswoman kitman linesman lineswoman physio masseur greenkeeper greenskeeper
caddie publican landlady verger sexton bellringer choirmaster scoutmaster postmaster postmistress
cleric clerics
""") | EXECUTIVE_ACRONYMS | TEAM_OFFICE_ACRONYMS | KIN_NOUNS | PLAYER_POSITIONS | SCIENCE_PROFESSIONS | SILK_LETTERS

#: Ranks and offices written as capitals ("DCP Anil Sharma", "the MLA said"), titles only in
#: capitals: "Sho Tanaka" is a name.
ACRONYM_RANKS = EXECUTIVE_ACRONYMS | TEAM_OFFICE_ACRONYMS | wordset("sac dcp acp ssp sho dgp mla mca mp mep msp td pc pcso dc ds di dci sp cp dsp asp igp aig dpp dcop csp cop mk") | SILK_LETTERS

#: A district's part written after a police rank's letters, part of the title and never of the
#: name: "SSP East Qamar Jatoi", "SP City Rahul Mishra", "DCP North Anita Rao".
#: >>> "east" in RANK_DISTRICTS, "rural" in RANK_DISTRICTS
#: (True, True)
RANK_DISTRICTS = wordset("east west north south central city rural")

#: The police ranks' letters a district follows (never a legislator's: ‘MP North Devon Selaine Saxby’
#: is no MP of "North").
DISTRICT_RANKS = wordset("ssp sp dcp acp dsp asp sho igp aig cp dgp")

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

#: Members of a parliament described without a name (‘One backbencher said …’), and the loose words
#: a reporter uses for such a one after (‘“…,” the MP said’): "the MP" may be the backbencher described
#: before, never the other way round (an MP need not sit on the back bench).
#:
#: >>> "backbencher" in DESCRIBED_MEMBER_NOUNS, "mp" in MEMBER_ANAPHOR_NOUNS, "backbencher" in MEMBER_ANAPHOR_NOUNS
#: (True, True, False)
MEMBER_ANAPHOR_NOUNS = wordset("mp lawmaker legislator parliamentarian")
DESCRIBED_MEMBER_NOUNS = MEMBER_ANAPHOR_NOUNS | wordset("backbencher frontbencher")
# a body whose name ends in "Unit", ‘The Fraud Intelligence Unit said …. The unit said it had been “…”’, w65b)

#: Head nouns that are a firm's kind and a worker's alike (‘the operator’, a firm; ‘a crane operator’, a
#: person): someone a "he" or "she" may stand for when brought in unnamed with a word before the noun.
#:
#: >>> sorted(WORKER_THING_NOUNS)
#: ['carrier', 'operator', 'publisher']
WORKER_THING_NOUNS = THING_NOUNS & ROLE_NOUNS

#: A government's level written in lower case before a capitalised title (‘state Rep. X’, ‘county
#: Commissioner X’, ‘city Councilman X’, ‘federal Judge X’): part of the title, never the end of a name's
#: lead.
#:
#: >>> "county" in TITLE_LEVEL_WORDS, "federal" in TITLE_LEVEL_WORDS, "former" in TITLE_LEVEL_WORDS
#: (True, True, False)
TITLE_LEVEL_WORDS = frozenset("state county city federal municipal provincial town borough parish tribal".split())

#: Head nouns of descriptions that can be speakers ("a source close to…", "officials"), and the
#: plurals of the role nouns ("the researchers said", "the coaches said").
#: Members a paper calls by their seat, the seat's name before the title, which may hold "and"
#: (‘the Cavan and Monaghan TD said’, ‘the Brighton and Hove MP’, ‘the Dublin Bay South TD’).
SEAT_TITLES = wordset("mp msp mla mep td mpp mhr mna mca")

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
#: >>> "regular" in DESCRIPTION_NOUNS  # (a patron who keeps coming: ‘said one regular at the Crown’, w71a)
#: True
#: >>> "camp" in DESCRIPTION_NOUNS  # (a fighter's or a candidate's people: ‘a delay Drayton’s camp described as’, w104c)
#: True
#:
#: And the ones held (‘One prisoner told inspectors: …’, ‘a detainee said’), those who back or raise money
#: for a firm or a cause (‘said one of the firm’s early backers’, ‘A former fundraiser … said’), and the one
#: someone works for (‘His current employer said it was “…”’), w106c; in the singular only (but "backers",
#: for ‘one of the firm’s early backers’): a headline's or a lede's plural subject is too often no speaker
#: of the words after it (‘Prisoners … are waiting, leaving staff “…”’, ‘employers call walkout “…”’):
#:
#: >>> "prisoner" in DESCRIPTION_NOUNS, "backers" in DESCRIPTION_NOUNS, "employer" in DESCRIPTION_NOUNS, "prisoners" in DESCRIPTION_NOUNS
#: (True, True, True, False)
#:
#: And those who rally against a rally, in one hyphened word or closed up (‘counter-protesters chanted “…”’),
#: which no word of the list matches whole (w109f):
#:
#: >>> "counter-protesters" in DESCRIPTION_NOUNS, "counterdemonstrator" in DESCRIPTION_NOUNS
#: (True, True)
DESCRIPTION_NOUNS = ROLE_NOUNS | THING_NOUNS | wordset("""
caseworker caseworkers counsellor counsellors counselor counselors
camp
prisoner detainee hostage
backer backers fundraiser employer
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
regular regulars
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
contractors subcontractor subcontractors sub-contractor sub-contractors instructor instructors interpreter interpreters
courier couriers chauffeur chauffeurs caterer caterers
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
counter-protester counter-protesters counterprotester counterprotesters counter-protestor counter-protestors
counter-demonstrator counter-demonstrators counterdemonstrator counterdemonstrators
""") | frozenset(_plural(w) for w in ROLE_NOUNS if not w.endswith(("s", "man", "woman", "person")) and w not in SURNAME_PLURAL_ROLES) \
    | BODY_PLURALS

#: Verbs that give a programme or a meeting its leader by "by", and the noun the article may call
#: them by after: ‘the debate, moderated by anchor X,’ … ‘the moderator asked’ is X.
LEADER_BY_VERB = {"moderated": "moderator", "hosted": "host", "presented": "presenter", "chaired": "chair",
                  "anchored": "anchor", "refereed": "referee"}

#: Words that number one in a line of people who speak in turn, after "the": ‘The first caller, Siobhan
#: in Tralee,’, ‘The next questioner, Amir,’ (one of a line, the one the given name after is).
TURN_WORDS = wordset("first second third fourth fifth next final last")


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

#: The offices an informal word for a firm's head stands for when the lede writes it with the firm's
#: "its" (‘… what its boss called a ‘grim’ summer. / … Chief executive Colin Wetherby said …’): the one who
#: runs the firm day to day, never its chair or a director of a part of it (w67b).
#:
#: >>> "chief executive" in INFORMAL_HEAD_OFFICES["boss"], "director" in INFORMAL_HEAD_OFFICES["boss"]
#: (True, False)
INFORMAL_HEAD_OFFICES = {"boss": _offices("chief executive, ceo, managing director, chief exec")}

#: Words before a lede's office noun that say how high it is or whose it is, not what it is in
#: charge of: the title the next paragraph gives need not repeat them (‘the country's top health
#: official’ need not be a "top" director-general; but "health" must be there).
LEDE_RANK_WORDS = frozenset("""
top senior most highest ranking leading chief principal federal prominent
state national government local regional new longtime veteran powerful influential
""".split())

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

#: The nouns a stage or screen billing puts after "leading" before a name, which make the words a role
#: and never an opening phrase's participle (‘Leading lady Carys Dunmore, 29, stunned in green — and
#: admitted she …’ is Dunmore's sentence; ‘Leading the line, Okafor scored’ still opens with a phrase).
#:
#: >>> "lady" in LEADING_BILLING_NOUNS, "the" in LEADING_BILLING_NOUNS
#: (True, False)
LEADING_BILLING_NOUNS = wordset("lady man woman")

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

#: Participles after one person's office that give the seat they hold, before the name set off (‘The
#: lawmaker representing Ikeja constituency in the House of Assembly, Hon. Ade Ojo, said’): the whole
#: description is the role, so "the lawmaker" finds them later.
#:
#: >>> "representing" in SEAT_PARTICIPLES, "sold" in SEAT_PARTICIPLES
#: (True, False)
SEAT_PARTICIPLES = wordset("representing")

#: How many words a seat's phrase may run after the office (‘representing Ibaji constituency in the Kogi
#: State House of Assembly’).
SEAT_PHRASE_WORDS = 14

#: The offices that keep order in a chamber, written as "the" and the office in capitals (‘The
#: Speaker cut her off.’, ‘The Ceann Comhairle intervened.’, ‘The Deputy Speaker rose.’): the last
#: word of the office, lower-cased (‘Ceann Comhairle’ by its last word).
CHAIR_OFFICES = wordset("speaker chair chairman chairwoman chairperson comhairle cathaoirleach")



#: Nouns of a party's runner in a race, for the epithet "the <party> <noun>" of the person a story
#: follows on the trail (‘the Democratic nominee’, ‘the Labour candidate’, ‘the Conservative hopeful’).
#:
#: >>> "nominee" in CONTEST_EPITHETS, "leader" in CONTEST_EPITHETS
#: (True, False)
CONTEST_EPITHETS = wordset("nominee candidate challenger hopeful contender frontrunner front-runner")


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

#: Offices of a head of government or of a city, as a pattern's alternatives (‘president’, ‘prime minister’).
HEAD_OFFICES_ALTERNATION = "president|prime minister|premier|chancellor|governor|mayor"

#: Words before an office that make its holder a deputy, no holder of the office itself (‘Vice
#: President X’ is no one "the president" stands for).
DEPUTY_OFFICE_WORDS = wordset("vice deputy lieutenant lt assistant")

#: Words before a role that tell of a holder stepping in or a change of holder (‘was named interim
#: manager’, ‘the new coach’): the role no one person's all along (review of w144u).
#:
#: >>> "interim" in HANDOVER_OFFICE_WORDS, "state" in HANDOVER_OFFICE_WORDS
#: (True, False)
HANDOVER_OFFICE_WORDS = wordset("interim acting caretaker new incoming outgoing permanent")

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

#: A short sentence whose subject is a bare role in lower case, a verb right after it (‘The state
#: secretary was unmoved.’, ‘The chief executive paused.’): the role's one named holder is the "he" or
#: "she" of the words next (:meth:`~quotesearch.cast_holders.CastHolders._role_subject_in`). Group 1 the
#: role's words after "the". Nothing may open the sentence before "The", nor stand between the role and its verb.
#:
#: >>> RE_ROLE_SUBJECT_OPENING.match("The state secretary was unmoved.").group(1)
#: 'state secretary'
#: >>> RE_ROLE_SUBJECT_OPENING.match("The chief executive paused.").group(1)
#: 'chief executive'
#: >>> bool(RE_ROLE_SUBJECT_OPENING.match("The minister, speaking later, shrugged."))
#: False
#: >>> bool(RE_ROLE_SUBJECT_OPENING.match("The Minister shrugged."))
#: False
RE_ROLE_SUBJECT_OPENING = LazyPattern(r"The ((?:\p{Ll}[\p{Ll}\-]+ ){0,2}?\p{Ll}[\p{Ll}\-]+)"
                                      r" (?:has|had|is|was|(?:\p{Ll}+ly )?(?:\p{Ll}+(?:ed|s)|"
                                      + OFFICE_IRREGULAR_PASTS_ALTERNATION + r"))\b")

#: Verbs (as participles' stems) of one rival attacking another in an absolute "with" phrase (‘with X
#: accusing Y of …’, ‘with X attacking Y for …’).
ATTACKING_STEMS = ("accus", "attack", "criticis", "criticiz", "blam", "lambast", "berat", "mock", "slam")

#: Words for one side of a contest that a reply's subject may be (‘the Democratic nominee’, ‘the
#: incumbent’): the attacked one of two rivals.
RIVAL_EPITHETS = frozenset("nominee candidate challenger contender frontrunner front-runner incumbent rival".split())

#: People of someone's circle, in the plural after their owner (‘Tranter's allies’, ‘the mayor's aides’):
#: a group "one" of whom may speak for them (‘“…,” one said.’ is "one of X's allies").
#:
#: >>> "allies" in CIRCLE_PLURALS, "policies" in CIRCLE_PLURALS
#: (True, False)
CIRCLE_PLURALS = wordset("allies aides advisers advisors supporters friends loyalists backers critics colleagues "
                         "associates confidants lieutenants")


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


#: Heads of a trade written as two words that are no role noun alone, since the word is a thing's too
#: ("a travel guide"): before a name (‘Tour guide Rosa Vidal, who …, said’) and as the head of one a
#: clause keeps unnamed (‘A tour guide with a decade of experience, who declined to be named, said’), w68a.
#:
#: >>> "guide" in TRADE_HEADS, "guide" in ROLE_NOUNS
#: (True, False)
TRADE_HEADS = wordset("""
guide
""")
