"""Places and peoples: countries, US states and their forms, great cities, demonyms and
nationalities, faiths, and the words that open a place's name or a phrase of place.
"""

from __future__ import annotations
from quotesearch.lexicon import LazyPattern, wordset


#: Words right after "states" that make it the plural noun, a subject's (‘lawmakers from coal states had
#: “a moral obligation”’, ‘farmers in farm states were “…”’): a verb or a modal of its own, never what
#: the cue verb "states" takes (‘states that’, ‘states:’).
STATES_NOUN_FOLLOWERS = wordset("had have has are were was is will would could should must can may might")

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

#: Faiths, which a capital makes no name (‘The governor, a Catholic, said’, ‘identified herself as Catholic’).
FAITHS = wordset("""catholic catholics protestant muslim christian jewish jew hindu sikh buddhist mormon anglican
baptist methodist evangelical orthodox atheist""")

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
bostonian chicagoan albertan quebecer ontarian queenslander tasmanian territorian
""") | frozenset(k.split()[-1] for k in STATE_DEMONYMS)

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

#: Nationalities of two words written before a full name as a title ("New Zealander Tane Ruru",
#: "South African Thabo Nkosi"): the two words, in lower case.
#:
#: >>> "new zealander" in TWO_WORD_NATIONALITY_TITLES, "new york" in TWO_WORD_NATIONALITY_TITLES
#: (True, False)
TWO_WORD_NATIONALITY_TITLES = frozenset({
    "new zealander", "south african", "northern irishman", "northern irishwoman", "sri lankan", "puerto rican",
    "costa rican", "south korean", "north korean", "saudi arabian"})

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


def state_after_comma(text: str, start: int, word: str) -> bool:
    """``word`` (without its full stop), at ``start`` in ``text``, is a state after a town.

    >>> t = "of Flint, Mich., said Sean Penn. Then"
    >>> state_after_comma(t, 10, "Mich"), state_after_comma(t, 27, "Penn")
    (True, False)
    """
    return word in STATE_ABBREVIATIONS and text[max(0, start - 2):start] == ", "

#: First words of places' names of two words or more (‘San Sebastián’, ‘Port Harcourt’, ‘Cape Town’): such
#: words set off after a place are a place, never a person's name the lists lack.
#:
#: >>> "port" in PLACE_NAME_OPENERS, "montserrat" in PLACE_NAME_OPENERS
#: (True, False)
PLACE_NAME_OPENERS = wordset("san santa santo sao são los las el la le les saint st ste fort port mount lake cape bay dar abu addis kuala")

#: States and provinces whose one-word name follows an office's to name a body after its region
#: (‘Utilities Ombudsman Victoria’, ‘Energy Ombudsman Queensland’): the body's name whole, never an
#: officer called by a given name (w73a; no country or US state here, some being surnames: "Jordan").
#:
#: >>> "victoria" in REGIONS_AFTER_OFFICE, "jordan" in REGIONS_AFTER_OFFICE
#: (True, False)
REGIONS_AFTER_OFFICE = wordset("victoria tasmania queensland nsw ontario quebec alberta manitoba saskatchewan")

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

#: Plurals of countries that speak as a bloc only with a word saying which (‘small island states’, ‘Gulf
#: states’, ‘member states’); bare, "states" are places (‘states have widely different patterns’).
MODIFIED_BLOC_PLURALS = wordset("states economies")
