"""Words of time and number: weekdays, months, feasts and seasons, parts of a day, the words of a
count and its figures, and a live page's time stamps.
"""

from __future__ import annotations
from quotesearch.lexicon import LazyPattern, wordset


#: Words of number, which open no one's name ("Twelve Hours", "Three Rivers") and are no one's name
#: alone ("Twenty states sued": no "Twenty" who states).
NUMBER_NAMES = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                         "hundred thousand million".split())


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

#: The days and months by name, a time wherever they stand (‘a senior officer in March’, ‘on Monday’).
#:
#: >>> "March" in CALENDAR_NAMES, "Monday" in CALENDAR_NAMES, "Marsh" in CALENDAR_NAMES
#: (True, True, False)
CALENDAR_NAMES = WEEKDAY_NAMES | frozenset(MONTH_NAMES)

#: Months as news style writes them short before a day (‘takes effect Jan. 1’, ‘on Sept. 14’): a date,
#: never a person's name, though each is capitalised and its full stop ends no sentence.
#:
#: >>> "Jan." in MONTH_ABBREVIATIONS, "Sept." in MONTH_ABBREVIATIONS, "Jan" in MONTH_ABBREVIATIONS
#: (True, True, False)
MONTH_ABBREVIATIONS = frozenset("Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec.".split())


#: Time words that, capitalised after a name, end the name of a paper, an event or a show
#: (‘Willamette Week called it’, ‘London Fashion Week said’, ‘Good Morning Britain’).
NAME_TIME_NOUNS = wordset("week weekend night morning evening")

#: Determiners of a count that may open a wording's kind as "a" or "the" do (‘several “hot seat” lists’).
#:
#: >>> "several" in COUNT_DETERMINERS
#: True
COUNT_DETERMINERS = wordset("several many some numerous various")

#: Words that make a count approximate before its number, part of the description they open
#: (‘around 30 protesters’, ‘about 200 students’, ‘over 1,000 farmers’).
COUNT_APPROXIMATORS = wordset("around about over under nearly almost roughly approximately some upwards")

#: Two-word approximations before a number (‘more than 5,000 people’, ‘at least 40 marchers’).
COUNT_APPROXIMATOR_PAIRS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"),
                                      ("up", "to"), ("well", "over")})

#: Nouns closing an "at … point" phrase of time between an opening and a subject (‘At one point a
#: group of farmers began chanting’): never a verb whose object the subject is.
TIME_POINT_NOUNS = wordset("point stage moment juncture")

#: Parts of a day after a weekday that opens a sentence (‘By Sunday evening the president had …’).
DAY_PART_NOUNS = wordset("morning afternoon evening night")


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


#: A figure that counts things (‘1,000’, ‘300’, ‘2.5m’): before a plural cue word it makes it a noun
#: (‘1,000 API calls’).
#:
#: >>> bool(RE_COUNT_FIGURE.fullmatch("1,000")), bool(RE_COUNT_FIGURE.fullmatch("A1"))
#: (True, False)
RE_COUNT_FIGURE = LazyPattern(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[mkb]?")

#: A four-figure year, which counts nothing: ‘In 2019 Kenya claims …’.
RE_YEAR_FIGURE = LazyPattern(r"1[89]\d\d|20\d\d")

#: Words that may stand, capitalised at a sentence's start, right before such a count (‘About 300 calls’,
#: ‘Per 1,000 API calls’); another capitalised word there makes a numbered name (‘Section 230 calls’).
COUNT_LEADS = frozenset("about some over nearly almost around more fewer only just roughly per at with of in the its".split())
