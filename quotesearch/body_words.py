"""Organisations: the words that mark or end a body's name (ORG_WORDS, BUSINESS_WORDS, firms, health,
weather, utilities, outlets), kinds a report calls a body by again, and a spokesperson's bodies.
"""

from __future__ import annotations
from quotesearch.lexicon import LazyPattern, _plural, wordset
from quotesearch.document_words import DOCUMENT_NOUNS, THING_NOUNS


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
#: 25-bed hospital’, ‘the 400-member union’, ‘the 1,200-employee company’) (w48a), its number in words too
#: (‘the three-member panel’, w119i).
#:
#: >>> bool(RE_BODY_SIZE_WORD.fullmatch("25-bed")), bool(RE_BODY_SIZE_WORD.fullmatch("1,200-member"))
#: (True, True)
#: >>> bool(RE_BODY_SIZE_WORD.fullmatch("three-member")), bool(RE_BODY_SIZE_WORD.fullmatch("one-person"))
#: (True, False)
#: >>> bool(RE_BODY_SIZE_WORD.fullmatch("second-largest")), bool(RE_BODY_SIZE_WORD.fullmatch("25-year-old"))
#: (False, False)
RE_BODY_SIZE_WORD = LazyPattern(r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                r"-(?:bed|member|employee|person|seat|store|school|branch)")

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
#: Rebellion’, ‘the Ocean Conservancy’), and of a newsroom's team (‘Verify Desk’, ‘the Metro Desk’), w100a.
#:
#: >>> "action" in BODY_NAME_ENDINGS, "desk" in BODY_NAME_ENDINGS, "justice" in BODY_NAME_ENDINGS
#: (True, True, False)
BODY_NAME_ENDINGS = BODY_REACH_WORDS | wordset("watch action rebellion conservancy desk")

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
#:
#: A label is a brand (‘the womenswear label Hvid Studio …. “…,” the brand wrote’, w145b).
#:
#: >>> frozenset(("brand", "label")) in SAME_KIND_PAIRS
#: True
SAME_KIND_PAIRS = (frozenset(("bank", "lender")), frozenset(("airline", "carrier")), frozenset(("brand", "label")))


def same_kind_words(noun: str) -> frozenset[str]:
    """The words a report calls a body of ``noun``'s kind by: its pair in :data:`SAME_KIND_PAIRS`, else the noun
    alone.

    >>> sorted(same_kind_words("brand")), sorted(same_kind_words("union"))
    (['brand', 'label'], ['union'])
    """
    return next((pair for pair in SAME_KIND_PAIRS if noun in pair), frozenset((noun,)))

#: Words right before "label" that make it a record company's, no brand's (‘the record label Blue Harbor Records
#: …. “…,” the brand said’ is no fashion brand; guard of w145b).
#:
#: >>> "record" in NO_BRAND_LABEL_WORDS, "womenswear" in NO_BRAND_LABEL_WORDS
#: (True, False)
NO_BRAND_LABEL_WORDS = wordset("record music recording")

#: People who work at a body and speak for their own research, written right before it (‘Analysts at Zurich-based
#: Helvetia Research said …’): a firm so brought in is where the speakers work, no firm "the company" stands for
#: (guard of w145b).
#:
#: >>> "analysts" in STAFF_AT_WORDS, "shares" in STAFF_AT_WORDS
#: (True, False)
STAFF_AT_WORDS = wordset("analyst analysts expert experts researcher researchers economist economists strategist "
                         "strategists scientist scientists")

#: The second half of a hyphened word before a body's kind whose first half, in capitals, says where
#: or by whom it is held or run (‘the Pune-headquartered company’, ‘the Nasdaq-listed firm’, ‘the
#: Kremlin-backed broadcaster’; never ‘the community-based group’, which may be another).
BODY_HELD_ENDINGS = wordset("based listed headquartered owned run backed controlled held")

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

#: Adjectives of power between "the" and a ruling body's name ("the ruling Council for Peace and
#: Development", "the governing Workers' Party"): no part of the name, and no title of a person.
RULING_WORDS = wordset("ruling governing")

#: The words of a title a body's own head is written with before the name (‘Director General X’, ‘Chief
#: Executive X’, ‘Commissioner X’), whatever the body: never a government's minister's.
BODY_HEAD_TITLE_WORDS = wordset("director general chief executive commissioner chair chairman chairwoman president "
                                "governor ceo managing")

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

#: The kinds of name a workers' union goes by (‘the Association of Flight Attendants’, ‘the Police
#: Federation’, ‘the Writers Guild’): a "union at the charity" named a Council or an Alliance is the
#: charity (‘The union for workers at the charity, the Countryside Alliance,’; review rv61b).
WORKERS_BODY_KINDS = frozenset("union association federation guild".split())

#: Head nouns of a public body whose name may hold "and" between two of its words (‘the Energy and
#: Commerce Committee’, ‘the Securities and Exchange Commission’); never a firm's (‘X and Y Partners’
#: are two).
#:
#: >>> "committee" in PUBLIC_BODY_HEADS, "bank" in PUBLIC_BODY_HEADS
#: (True, False)
PUBLIC_BODY_HEADS = wordset("committee subcommittee commission council authority board agency department ministry "
                            "tribunal caucus")


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

#: Words of a town's own body's name that a word of scope in lower case restates: a town's "municipal
#: utility" is its "Public Utilities" or "Public Works" (‘the municipal utility …. Corran Valley Public
#: Utilities …. the utility said’), never a name of another scope (w73b).
#:
#: >>> "public" in SCOPE_NAME_WORDS["municipal"], "county" in SCOPE_NAME_WORDS["municipal"]
#: (True, False)
SCOPE_NAME_WORDS = {"municipal": wordset("public")}

#: Words in a body's name that say it is national or international (‘the National Health Service’,
#: ‘the UN Security Council’, ‘the European Commission’): never a local one brought in by "local".
#:
#: >>> "un" in NATIONAL_SCOPE_WORDS, "county" in NATIONAL_SCOPE_WORDS
#: (True, False)
NATIONAL_SCOPE_WORDS = wordset("national international un united nations european federal world global")

#: Words that end a sports club's name ("Manchester City", "Kingsmere Rovers", "Northbridge Athletic").
TEAM_WORDS = wordset("town city united rovers rangers wanderers athletic albion fc afc")


#: A broadcaster's words, which make a name an outlet's, never a person's: ‘BBC Radio Castlebridge’,
#: ‘Radio Harlow’, ‘Harlow TV’ (so that a club's ‘Harlow said’ is never the local station's).
BROADCAST_WORDS = wordset("radio tv television")

#: Words that mark an organisation rather than a person (generic heads, never one body's name); a
#: partnership of bodies too (‘the Kelso Road Safety Partnership’, w112f).
#:
#: >>> "partnership" in ORG_WORDS, "partner" in ORG_WORDS
#: (True, False)
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
course program programme scheme initiative project consortium conference partnership
corps unit brigade brigades battalion regiment
""") | TEAM_WORDS | BROADCAST_WORDS  # (an armed force's formations: "the Islamic Revolutionary Guard Corps", "the IDF Spokesperson's Unit")

#: Last words of a newspaper's or magazine's name that :data:`ORG_WORDS` lacks (‘The Valley Courier’, ‘the
#: Harbor Gazette’, ‘the Evening Echo’): a name of two or more capitalised words ending in one is a
#: publication, a body, never a person a "he" or "she" stands for (unless it opens with a given name:
#: "Freddie Mercury").
#:
#: >>> "courier" in PUBLICATION_NAME_ENDS, "herald" in PUBLICATION_NAME_ENDS, "agent" in PUBLICATION_NAME_ENDS
#: (True, False, False)
PUBLICATION_NAME_ENDS = wordset("""
courier gazette chronicle examiner sentinel advertiser echo mercury observer dispatch inquirer enquirer ledger
courant clarion bulletin argus
""") - ORG_WORDS

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
#: Assembly’, ‘the Citizens’ Assembly’, ‘the Workers’ Congress’), and a residents' or tenants' panel
#: (‘the Harbour Row Tenants’ Panel said’ is the panel, never a body called "Panel", w93b), and an inspectorate
#: (‘The Children’s Care Inspectorate said’ is the inspectorate in full, never "Care Inspectorate", w112a).
#:
#: >>> "assembly" in BODY_NAME_ENDS, "panel" in BODY_NAME_ENDS, "minister" in BODY_NAME_ENDS
#: (True, True, False)
#: >>> "inspectorate" in BODY_NAME_ENDS
#: True
BODY_NAME_ENDS = wordset("aid relief assembly congress panel inspectorate")


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
#: said’, ‘The Fraud Intelligence Unit opened an inquiry. The unit said’ (w65b). So too a division, a
#: word as often an army's, a league's or a firm's part (‘The Idaho Elections Division has 30 days to
#: check them. The division said …’, w71c).
#:
#: >>> "panel" in NAME_ENDING_BODY_NOUNS, "unit" in NAME_ENDING_BODY_NOUNS, "division" in NAME_ENDING_BODY_NOUNS
#: (True, True, True)
#: >>> "team" in NAME_ENDING_BODY_NOUNS
#: False
NAME_ENDING_BODY_NOUNS = wordset("""
center centre panel unit division
""")

#: Capitalised kinds of two words that end a body's full name and stand for it once it is named
#: (‘the Kettle Bay First Nation … the First Nation said’): "the First Nation" is that one (w78a).
#:
#: >>> "first nation" in CAPITALISED_BODY_ENDINGS, "white house" in CAPITALISED_BODY_ENDINGS
#: (True, False)
CAPITALISED_BODY_ENDINGS = frozenset(("first nation", "first nations", "métis nation", "tribal council"))


#: Kinds of body a report calls a body by once it has named it, whose name ends or opens with the
#: kind (‘The Port of Tanjung Priok said …. “…,” the port said’, ‘The Hunterian Museum said …. “…,” the
#: museum said’, ‘Marrow Wildlife Park says …. the park said’, w140p): a place or a building that
#: speaks is its body.
#:
#: >>> "port" in NAME_HEAD_BODY_NOUNS, "museum" in NAME_HEAD_BODY_NOUNS, "park" in NAME_HEAD_BODY_NOUNS, "city" in NAME_HEAD_BODY_NOUNS
#: (True, True, True, False)
NAME_HEAD_BODY_NOUNS = wordset("""
port museum gallery zoo library exchange park
""")

#: Of :data:`NAME_HEAD_BODY_NOUNS`, the kinds that are an institution with its own voice, never a place
#: others run: "the museum" is the one museum the article names even when that museum did not speak
#: there (‘The items were bought by the Bexley Museum of Art. … “…,” the museum said’), where "the port"
#: stays as written unless the port spoke (‘The Port of Dover was closed. The port said’).
#:
#: >>> "museum" in INSTITUTION_NAME_HEAD_NOUNS, "port" in INSTITUTION_NAME_HEAD_NOUNS
#: (True, False)
INSTITUTION_NAME_HEAD_NOUNS = wordset("""
museum gallery zoo library
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

#: Industries whose "group" or "giant" before a name makes that name a firm's, as wire copy brings one in
#: (‘oil and gas group Veridane’, ‘mining giant Kestrel’, ‘luxury group Maison Orla’); never a campaign's or
#: a trade body's kind (‘activist group’, ‘consumer group’, ‘industry group’, ‘investor group’) (w80a).
#:
#: >>> "oil" in SECTOR_WORDS, "mining" in SECTOR_WORDS, "activist" in SECTOR_WORDS, "industry" in SECTOR_WORDS
#: (True, True, False, False)
SECTOR_WORDS = wordset("""
oil gas energy mining luxury media engineering industrial chemicals chemical insurance banking retail drinks
pharmaceutical pharmaceuticals steel telecoms telecom travel shipping defence defense aerospace construction
property tobacco brewing fashion tech technology utility utilities packaging logistics
""")


#: Words that end a company's name ("Voltara Motors", "Norrland Paper & Packaging").
BUSINESS_WORDS = wordset("""
inc corp corporation ltd llc plc gmbh co company group holdings motors foods labs laboratories industries
technologies pharmaceuticals airlines airways bank aerospace energy systems steel paper packaging stores
brands logistics electric therapeutics biosciences semiconductor semiconductors software insurance financial
bancorp mining petroleum chemicals automotive communications telecom solutions enterprises manufacturing
materials engines partners capital securities advisors mobility robotics ratings
entertainment studios pictures films productions games interactive media cruises shipping lines resorts hotels esports
rail railways railroad transit freight ferries trucking autos leisure
analytics consulting consultancy agencies ventures services bio biologics pharma biopharma genomics
oncology medicines generics biotherapeutics neuroscience diagnostics biotech resources minerals metals platinum mines utilities
residential properties realty developments construction builders investments estates homes
servicing lettings rentals broadband lending mutual
supply supplies projects infra infratech traders trading distributors engineering midstream renewables
meats poultry seafoods dairies bakeries brewing breweries distilleries beverages processors creamery creameries wineries
limited pvt pty bhd llp
cloud hosting networks wireless
gaming propulsion terminals re
associates facilities aggregates polymers trains
aquaculture seafood
""") | UTILITY_NAME_WORDS  # (the line before the last: consumer firms, ‘Larchfield Loan Servicing’, ‘Harbourview
# Rentals’, ‘Zestline Broadband’; the last: a company's legal form, ‘Corrib Freight Limited’, ‘Perdana Makmur Sdn Bhd’,
# ‘Konkan Spice Exports Pvt’); the last added: a casino group's, an engine maker's and a port operator's
# (‘Crestline Gaming’, ‘Aldridge Propulsion’, ‘Meridian Terminals’: "Crestline said" is the firm named in full, w61b)
# and a reinsurer's "Re" (‘Swiss Re’, ‘Hannover Re’: ‘Albrecht Re …. The Zurich-based group said’ is the firm, w66i);
# then a law or consulting partnership's, a services contractor's, a quarry's, a plastics maker's and a train
# operator's (‘Van der Berg & Associates’, ‘Brightwell Facilities’, ‘Brennan Aggregates’, ‘Greenloop Polymers’,
# ‘Westmarch Trains’: "the firm" or "the company" after it is that firm, w122b; never an insurer's "Cover", which
# would name a firm in full that the article shortens, ‘Brightpath Home Cover …. Brightpath said’); and a fish
# farmer's or a seafood firm's (‘Westcoast Aquaculture’, ‘Kelby Seafood’: "the company" after it, w132b; never "Farms", a place as often)

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

#: A nation's own outlets as a speaker, after its adjective or "state" (‘Iranian state television
#: said’, ‘Kivonian state radio described’, ‘State media reported’): the outlet's words, never the
#: adjective's nation alone. The head nouns, and the words of ownership that may stand before them.
#:
#: >>> "television" in STATE_OUTLET_HEADS, "state-run" in STATE_OUTLET_OWNERS, "company" in STATE_OUTLET_HEADS
#: (True, True, False)
STATE_OUTLET_HEADS = wordset("media television tv radio")
#: The words of ownership before :data:`STATE_OUTLET_HEADS` (‘state-run television’, ‘public radio’).
STATE_OUTLET_OWNERS = wordset("state state-run state-owned state-controlled government-run public official")
# (a person's nationality only: many demonyms are no person's epithet, "the Chinese", "the Muslim"; and
# an American state's, a city's or a province's: "the Texan", "the West Virginian", "the New Yorker")

#: Sports whose name, with a country's, makes the country's governing body of the sport (‘Cricket
#: Ireland’, ‘Athletics Kenya’, ‘Rugby Australia’), which reports call "the association" or "the
#: federation" once named.
SPORT_BODY_WORDS = wordset("""
football soccer cricket rugby athletics swimming tennis netball hockey basketball volleyball golf cycling
rowing boxing badminton gymnastics triathlon sailing squash handball archery judo
""")

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

#: The heads of those who sit and hear a case or evidence: a court, a jury, an inquest, an inquiry
#: ("The jury heard …", "Magistrates were told …", "Leeds Crown Court heard how …", "the Old Bailey
#: heard"). Before "heard" or "was told" they are the audience, never the speaker.
HEARING_BODIES = wordset("""
court courts jury juries jurors inquest inquests inquiry tribunal hearing hearings magistrates magistrate
bench coroner judge committee commission panel bailey
""")

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


#: Lower-case words of a government's level before a department's capitalised name (‘the national
#: Department of Health’, ‘the state Ministry of Works’, ‘the county Department of Water’): part of
#: the body's name as written, never a word of its own (nor, for "state", a verb).
#:
#: >>> "state" in GOVERNMENT_LEVELS, "former" in GOVERNMENT_LEVELS
#: (True, False)
GOVERNMENT_LEVELS = wordset("national federal state provincial regional territorial county municipal city central local")

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

#: Kinds of body a lede may give for one it names in the next paragraph (‘A British charity has warned
#: …. / Harvest Aid International said …’).
LEDE_BODY_KINDS = wordset("""charity group organisation organization agency ngo coalition alliance network union
association foundation trust federation watchdog institute society body campaign""")

#: Last words of a public office's name that :data:`ORG_WORDS` lacks, which may end a body's name with
#: "and" inside it (‘the government’s Animal and Plant Health Directorate’).
OFFICE_BODY_WORDS = wordset("directorate inspectorate secretariat")

#: Words a lede's body shares with any other body, that never by themselves make a body named later the
#: lede's (‘union’, ‘city’ for ‘the city's largest police union’ and ‘the city's firefighters union’).
GENERIC_BODY_WORDS = wordset("union unions committee council association federation organisation organization "
                             "city country state nation county largest biggest main national local s")

#: Words that make a body named later a part of one (‘the union's Cork branch’), whose head is not the body's.
BODY_PART_WORDS = wordset("branch branches chapter wing section division local")


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

#: A body's name set off right after the kind that brings it in, past a clause that picks it out (‘The firm
#: that leases the unit, Brackwell Logistics, has’, ‘The operator, Norvane Energy, said’): the name (w54b).
#:
#: >>> RE_KIND_THEN_BODY_NAME.match(" that leases the unit, Brackwell Logistics, has").group(1)
#: 'Brackwell Logistics'
#: >>> RE_KIND_THEN_BODY_NAME.match(", Brackwell, has") is None, RE_KIND_THEN_BODY_NAME.match(" said, Brackwell Logistics, has") is None
#: (True, True)
RE_KIND_THEN_BODY_NAME = LazyPattern(r"(?: (?:that|which) [\p{Ll}\s\-’']{1,50})?, (\p{Lu}[\p{L}&\-]+(?: \p{Lu}[\p{L}&\-]+){1,4}),")


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


#: A plural noun of firms right before a run of capitals (‘the merger of mobile operators ’, ‘rival
#: carriers ’, ‘the banks ’): the run lists the bodies, so ‘operators Vireo and Castell Telecom’ names
#: two firms, never one "Vireo and Castell Telecom" (as ‘Procter and Gamble’, with no such noun, is one).
#:
#: >>> [bool(RE_FIRMS_LISTED_BEFORE.search(t)) for t in ("merger of mobile operators ", "rival banks ", "the opera ", "of Marks ")]
#: [True, True, False, False]
RE_FIRMS_LISTED_BEFORE = LazyPattern(
    r"\b(?:companies|firms|operators|carriers|banks|lenders|insurers|airlines|retailers|rivals|brands|makers|"
    r"manufacturers|startups|start-ups|networks|chains|publishers|studios|automakers|carmakers|groups) $")


#: Nouns of an inquiry, any of which an article may call the same inquiry by (‘the chair of an
#: independent inquiry …. / The review, led by …’), and the committee that holds one (‘the chair of a
#: parliamentary inquiry …. / … committee chair Ann Roe wrote’) (w75d).
#:
#: >>> "review" in INQUIRY_NOUNS, "union" in INQUIRY_NOUNS
#: (True, False)
INQUIRY_NOUNS = wordset("inquiry review investigation commission panel probe committee")


#: One of a body's people written right after its kind (‘a board official’, ‘a union member’, ‘a panel
#: spokeswoman’), a lookahead for a pattern that ends at the kind: the kind there brings in a person, no
#: body of its own (w127n).
#:
#: >>> import regex
#: >>> bool(regex.match(r"board" + KIND_PERSON_AFTER, "board official")), bool(regex.match(r"board" + KIND_PERSON_AFTER, "board said"))
#: (False, True)
KIND_PERSON_AFTER = r"(?!\s+(?:members?|officials?|officers?|managers?|leaders?|executives?|staff|spokes\w+)\b)"


#: Two services one body is named for, joined by "and" in its name (‘Ashdown Fire and Rescue Service’, ‘the
#: Health and Safety Executive’, ‘the Police and Crime Commissioner’): never two bodies named together.
#:
#: >>> ("fire", "rescue") in PAIRED_REMITS, ("energy", "capital") in PAIRED_REMITS
#: (True, False)
PAIRED_REMITS = frozenset({
    ("fire", "rescue"), ("search", "rescue"), ("health", "safety"), ("health", "social"), ("police", "crime"),
    ("food", "drug"), ("fish", "wildlife"), ("parks", "recreation"), ("customs", "excise"), ("fire", "emergency"),
})
