"""Names and what stands before them: honorifics, clergy, rank and police letters, given names by
sex (with the shipped name lists), name leads and lineage styles, Arabic articles, patronymics,
East Asian syllables, surnames, nicknames, and the abbreviations a full stop ends no sentence after.
"""

from __future__ import annotations

from importlib import resources

import regex
from quotesearch.lexicon import wordset


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


#: Endings of an Eastern Slavic patronymic, the middle word of a full name that opens with the given
#: name before it (‘Vladislav Olegovich Tyurin’, ‘Yelena Borisovna Kravtsova’).
PATRONYMIC_ENDINGS = ("ovich", "evich", "yevich", "ovna", "evna", "yevna", "ichna", "inichna")

#: First words of Malay and South Asian names, before the name the person is called by
#: ("Mohamad Azhar Osman" is "Dr Azhar"; "Md Rafiqul Islam", "Syed Nasir Ali"): part of the
#: name, never an epithet before it to drop as "Superstar" of "Superstar Olivia Grant" is; and the
#: "Allah" that opens a Sindhi or Punjabi compound given name ("Allah Dino Chandio", "Allah Bux Soomro").
#:
#: >>> "mohd" in NAME_LEADS, "superstar" in NAME_LEADS, "allah" in NAME_LEADS
#: (True, False, True)
NAME_LEADS = wordset("muhammad mohamad mohammad mohd muhd md muhamad mohamed ahmad abdul nur siti nurul syed syeda sharifah allah")

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

#: Last words of a campaign's name that may be a slogan with a capitalised "Not" inside it (‘the Beds
#: Not Bars Coalition’, ‘a Books Not Bombs Campaign’): the "Not" there is a word of the name (w72b).
#:
#: >>> "coalition" in SLOGAN_NAME_HEADS, "council" in SLOGAN_NAME_HEADS
#: (True, False)
SLOGAN_NAME_HEADS = wordset("coalition campaign network alliance movement project initiative")

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
wg sqn flt gp ldr cdre spr gnr tpr rfn gdsm lcpl bdr sub-lt
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
# Kerr", "Gnr Ali Shah", "Tpr Sam Hale", "Rfn Joe Lim", "Gdsm Ben Cole", "LCpl Max Dunn", "Bdr Ian Roe",
# "Sub-Lt Kieran Doyle" (a navy's sub-lieutenant, w106e);
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
#: Nair"), and a navy's lieutenant commander ("Lt Cdr Graham Tullis", w106e): both are the rank, never
#: the name ("Wg Cdr Grewal" is Harbhajan Grewal, "Lt Cdr Tullis" is Graham Tullis).
#:
#: >>> "sqn" in STACKED_RANK_LEADS, "lt" in STACKED_RANK_LEADS, "capt" in STACKED_RANK_LEADS
#: (True, True, False)
STACKED_RANK_LEADS = wordset("wg sqn flt gp lt")

#: Titles of a faith's teachers, monks and preachers that the press writes capitalised before a full
#: name and that no list of roles holds ("Swami Harinand Giri", "Bhante Vimal Thero", "Giani Jasvir
#: Singh", "Apostle Chukwuma Eze", "Ayatollah Kazem Nouri"): the title's, never the person's name.
#: Only before two words of a name or more: "Prophet Muhammad", "Deacon Jones" may be a name alone.
#:
#: >>> "swami" in FAITH_TITLES, "giani" in FAITH_TITLES, "guru" in FAITH_TITLES
#: (True, True, False)
FAITH_TITLES = wordset("""
apostle swami bhante giani venerable sadhvi acharya evangelist prophet prophetess ayatollah geshe mahant
ajahn bhikkhu bhikkhuni ustadh rebbe monsignor archimandrite
""")

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

#: Abbreviated ranks, written without a stop, that are also a given name's short form (‘Col’ for Colin
#: in Australian and British news): after a civilian trade in lower case (:data:`CIVILIAN_TRADES`) or
#: where the article calls the one of that surname "Mr", the word is the name's (‘dairy farmer Col
#: Maguire’ … ‘Mr Maguire said’ is Col Maguire; never ‘army spokesman Col Maguire’; w109a).
#:
#: >>> "col" in RANKS_ALSO_GIVEN, "gen" in RANKS_ALSO_GIVEN
#: (True, False)
RANKS_ALSO_GIVEN = wordset("col")

#: Trades in lower case that no officer of a rank holds, before a name (the rank's word after one is a
#: given name: ‘union secretary Col Bracken’, ‘farmer Col Maguire’).
#:
#: >>> "farmer" in CIVILIAN_TRADES, "spokesman" in CIVILIAN_TRADES
#: (True, False)
CIVILIAN_TRADES = wordset("""
farmer grazier rancher grower shearer fisherman publican shopkeeper secretary organiser organizer
delegate resident owner driver builder plumber teacher retiree pensioner worker miner
""")

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

#: Prepositions a credit line or a byline puts before a name, which close no tag (‘Neilson Barnard via
#: Getty Images’, ‘Photo courtesy of’).
TAG_PREPOSITIONS = wordset("via courtesy per from by with for")

#: Role nouns whose plural is a common surname ("Reeves"): never read as people in the plural.
SURNAME_PLURAL_ROLES = frozenset({"reeve"})


#: Plurals of body nouns that are surnames or a team's name too ("Banks said", "Chambers said", "the
#: Giants said"): never read as bodies in the plural when capitalised alone ("the two banks" are).
SURNAME_PLURALS = frozenset("banks chambers churches courts giants makers".split())


#: Words that describe a person before a name and end like a given name ("Youngster Jo Bland",
#: "Sprinter Lee Dunn", "Newcomer Mae Hollis") but that the lists of roles and descriptions do not
#: hold: never a first given name before a given name often given second (names._given_before_middle).
#: A pupil's school year is one too: ‘Senior Maya Chen’, ‘Junior Ann Lee’ are the student Maya Chen, Ann Lee.
EPITHET_WORDS = wordset("""
youngster skater newcomer sprinter wrestler snowboarder podcaster presenter vlogger gamer civilian
guardian stepmother stepfather stepdaughter stepson teammate debutant debutante centenarian octogenarian
nonagenarian septuagenarian survivor local regular senior junior
""")

#: Words after a surname that tell which of a father and a son, namesakes, is meant, as the
#: elder and the younger do before it: ‘Varga senior said’ is the father, ‘Redknapp junior’ the son.
GENERATION_AFTER = {"senior": "elder", "junior": "younger"}

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


#: Given names that English itself gives men and women alike, which the lists above give the commoner
#: sex of (Jordan Henderson and Jordan Chiles): the sex the article's own cue tells of the one so named
#: wins over the lists' (‘Jordan Kirby lost in three sets. … Kirby said she would rest. “…,” she said.’
#: is a woman's) (w65b).
#:
#: >>> "jordan" in SHARED_SEX_NAMES, "jordan" in MALE_NAMES, "james" in SHARED_SEX_NAMES
#: (True, True, False)
SHARED_SEX_NAMES = wordset("jordan")
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

#: Verbs after a surname alone that show it is a person's (‘Figueres said’), and honorifics before one
#: (‘Ms Figueres’): what tells a name the lists lack from a place's.
SURNAME_SPEAKS = ("said", "says", "told", "added", "argued", "wrote", "warned")
HONORIFICS_BEFORE_SURNAME = ("Mr", "Ms", "Mrs", "Mr.", "Ms.", "Mrs.", "Dr", "Dr.")


#: Given names that are also places or words a sentence may open with ("Jordan has reopened its
#: border", "Paris remains their biggest market", "Christian charities").
PLACE_GIVEN_NAMES = frozenset("""
jordan paris lincoln florence dallas sydney austin victoria georgia virginia carolina chelsea madison
phoenix dakota summer autumn winter christian israel india china london brooklyn savannah memphis
houston denver aurora sierra troy hunter
""".split())


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

#: Nouns of a name a person or a thing goes by, in a clause a colon closes before the name (‘bearing
#: the nickname everyone knew him by: “Jay”’).
NICKNAME_NOUNS = wordset("nickname nicknames moniker monikers")

#: Reflexive pronouns of the third person: the one who gives themselves a style (‘styled himself “the
#: Closer”’), or the subject stressed before its verb (‘Obama himself has called it’).
THIRD_PERSON_SELVES = wordset("himself herself themselves itself")

#: Reflexive pronouns after a verb of calling, before the alias a person goes by (‘calling herself “Elena”’).
REFLEXIVE_PRONOUNS = THIRD_PERSON_SELVES | wordset("myself yourself")

#: Verbs besides "call" by which a person gives themselves a name (‘styling himself “the Professor”’).
SELF_NAMING_VERBS = wordset("styling styled styles style naming named names dubbing dubbed")


#: Titles styled by a place after "The" (‘The Bishop of Wrexford’, ‘The Earl of Dundee’), one person each.
STYLED_OF_PLACE_TITLES = wordset("""bishop archbishop duke duchess earl countess marquess marchioness viscount
viscountess baron baroness dean""")

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


#: Verbs of speech after which a capitalised word with an adverb's ending is a surname (‘“…,” said
#: Mattingly’, ‘told Kennerly’): an adverb there stays in lower case (‘said tellingly’).
SURNAME_SPEECH_VERBS = wordset("said says told asked added wrote replied recalled explained")
