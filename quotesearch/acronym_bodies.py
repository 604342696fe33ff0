"""A spokesperson named by a body's letters (‘an LTA spokesman’, ‘a BCA spokesperson’) given the body's
full name where the article spells it out, as ‘a company spokesperson’ is the company: in brackets after
the name (‘The Land Transport Authority (LTA)’), else the one capitalised name in the article whose
initials the letters are (‘the regulator, the Water Services Authority, …. A WSA spokesman said’).

The body's own letters as a speaker stay as written (‘the IPOA said’, ‘the NHB said in a statement’, the
cases' convention), and so does a spokesperson "for" a body (‘a spokeswoman for the WSA’), kept whole as
‘a spokeswoman for the Harbour Authority’ is.

The letters are read off the article once (:func:`_spelled_out`, cached on the text); a speaker is looked
at only when its own words have the shape (:data:`RE_LETTERS_SPEAKER`), the cheap test first.
"""

from __future__ import annotations

import functools

from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.body_words import ORG_WORDS, PUBLIC_BODY_HEADS
from quotesearch.place_words import ONE_WORD_PLACES


#: A body's letters: two to six, capitals, a lower-case one only between two capitals (‘GPhC’, ‘DfE’, ‘MoD’
#: as some bodies write theirs, w132f); never a word (‘Defra’, ‘McDonald’).
#:
#: >>> [bool(RE_BODY_LETTERS.fullmatch(w)) for w in ("LTA", "GPhC", "DfE", "Defra", "McDonald", "A")]
#: [True, True, True, False, False, False]
LETTERS = r"\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5}"

#: A body's letters alone (:data:`LETTERS`: ‘DSC’, ‘MAIU’, ‘GPhC’).
RE_BODY_LETTERS = LazyPattern(LETTERS)

#: A body's letters written as a word, a capital and two to five lower-case letters (‘Defra’, ‘Ofsted’ as
#: some bodies write theirs): the body's only where the article spells out a name whose initials they are.
#:
#: >>> [bool(RE_WORD_LETTERS.fullmatch(w)) for w in ("Defra", "DCMS", "Verlaine", "Ab")]
#: [True, False, False, False]
WORD_LETTERS = r"\p{Lu}\p{Ll}{2,5}"
RE_WORD_LETTERS = LazyPattern(WORD_LETTERS)

#: A spokesperson named by a body's letters before the word (‘a BCA spokesperson’, ‘an LTA spokesman’,
#: ‘A QBCC spokeswoman’, ‘the WHO spokesman’, ‘a GPhC spokesperson’): group ``letters`` the letters (:data:`LETTERS`). Never the letters alone (‘the
#: IMF’, as written), nor a spokesperson "for" them, nor another one of the body (‘an LTA engineer’).
#:
#: >>> RE_LETTERS_SPEAKER.fullmatch("an LTA spokesman").group("letters"), RE_LETTERS_SPEAKER.fullmatch("the WHO spokesman").group("letters")
#: ('LTA', 'WHO')
#: >>> RE_LETTERS_SPEAKER.fullmatch("the CBSL"), RE_LETTERS_SPEAKER.fullmatch("a spokesman for the WSA")
#: (None, None)
#: >>> RE_LETTERS_SPEAKER.fullmatch("an LTA engineer") is None
#: True
#: >>> RE_LETTERS_SPEAKER.fullmatch("A Defra spokesperson").group("letters")
#: 'Defra'
RE_LETTERS_SPEAKER = LazyPattern(r"(?:[Aa]n?|[Tt]he) (?P<letters>" + LETTERS + "|" + WORD_LETTERS
                                 + r") (?:spokesperson|spokesman|spokeswoman)")

#: A body's statement named by its letters before the word (‘the WHO statement’, ‘a UNHCR statement’,
#: ‘the IOM press release’): group ``letters`` the letters; the statement is the body's words, as its
#: spokesperson's are (w107e). Never a statement "by" or "from" them, nor another document (‘the WHO report’).
#:
#: >>> RE_LETTERS_DOCUMENT.fullmatch("the WHO statement").group("letters")
#: 'WHO'
#: >>> RE_LETTERS_DOCUMENT.fullmatch("the WHO report"), RE_LETTERS_DOCUMENT.fullmatch("the statement")
#: (None, None)
RE_LETTERS_DOCUMENT = LazyPattern(r"(?:[Tt]he|[Aa]n?) (?P<letters>\p{Lu}{2,6}) (?:statement|press release|news release)")

#: A capitalised name of two words or more, "of", "for", "and", "on", "&" or "the" between its words, and
#: letters in brackets right after it if any (group ``letters``): where an article spells out a body. A
#: list of words joined by commas and "and" may follow "of" or "for" (‘the Department for Culture, Media and
#: Sport’), never a list of names of its own (‘Britain, France and Germany’).
#:
#: >>> m = RE_NAME_AND_LETTERS.search("rates. The Central Bank of Sri Lanka (CBSL) said")
#: >>> m.group("name"), m.group("letters")
#: ('The Central Bank of Sri Lanka', 'CBSL')
#: >>> RE_NAME_AND_LETTERS.search("the regulator, the Water Services Authority, the").group("name", "letters")
#: ('Water Services Authority', None)
#: >>> RE_NAME_AND_LETTERS.search("from the Department for Environment, Food and Rural Affairs (Defra).").group("name", "letters")
#: ('Department for Environment, Food and Rural Affairs', 'Defra')
#: >>> RE_NAME_AND_LETTERS.search("Trade with Britain, France and Germany fell").group("name")
#: 'France and Germany'
RE_NAME_AND_LETTERS = LazyPattern(
    r"(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:(?:[ ](?:(?:of|for|and|on|&|the)[ ])*"
    r"|(?<=(?:[ ](?:of|for)|,)[ ]\p{Lu}[\p{L}\p{M}’'\-]*),[ ]"
    r"(?=\p{Lu}[\p{L}\p{M}’'\-]*(?:,[ ]\p{Lu}[\p{L}\p{M}’'\-]*)*[ ]and[ ]\p{Lu}))\p{Lu}[\p{L}\p{M}’'\-]*)+)"
    r"(?:[ ]\((?P<letters>" + LETTERS + "|" + WORD_LETTERS + r")\))?")

#: Words of a name that give no letter to its initials (‘Central Bank of Sri Lanka’ is CBSL).
#:
#: >>> "of" in INITIAL_SKIP_WORDS, "Bank" in INITIAL_SKIP_WORDS
#: (True, False)
INITIAL_SKIP_WORDS = frozenset(("of", "for", "and", "on", "&", "the", "The"))


#: Head words of a public body, the kind whose letters a spokesperson goes by (‘a CPS spokesman’, ‘an FCA
#: spokeswoman’): a name the article does not put the letters after in brackets is the body's only when its
#: head is one (‘the Civil Aviation Safety Authority’, ‘the Department of Veterans' Affairs’), never a
#: school's, a firm's or a title's whose initials happen to be the letters (‘Castle Park School’ for a CPS
#: spokesman, ‘Great Moor Bakery’ for a GMB one, ‘Britain’s Best Cook’ for a BBC one) (guard w92b).
#:
#: >>> "authority" in ACRONYM_BODY_HEADS, "school" in ACRONYM_BODY_HEADS, "bakery" in ACRONYM_BODY_HEADS
#: (True, False, False)
ACRONYM_BODY_HEADS = PUBLIC_BODY_HEADS | wordset("""
authority agency service commission board office council union association federation league administration
department executive inspectorate institute trust bureau directorate ministry police force corporation
enforcement constabulary protection secretariat
organization organisation
""")  # (w107e: ‘the World Health Organization’ for ‘the WHO statement’)


def _body_head(name: str, heads: frozenset[str]) -> bool:
    """Whether the name ``name`` is a body's by its head word in ``heads``: its last word, or the one right
    before its first "of" or "for" (‘the Department of Veterans' Affairs’, ‘Centers for Disease Control’).

    >>> _body_head("Civil Aviation Safety Authority", ACRONYM_BODY_HEADS), _body_head("Body Mass Index", ACRONYM_BODY_HEADS)
    (True, False)
    >>> _body_head("Department of Veterans' Affairs", ACRONYM_BODY_HEADS)
    True
    """
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return words[-1].lower() in heads or words[cut - 1].lower() in heads


#: Head words of a body that letters in brackets after its name may stand for (‘the Central Bank of Sri
#: Lanka (CBSL)’, ‘Harrow Valley Hospital (HVH)’): any organisation's, never a term's (‘a Body Mass Index
#: (BMI)’ for a BMI spokesman, the hospital group) (guard w92b).
BRACKETED_BODY_HEADS = ACRONYM_BODY_HEADS | ORG_WORDS


def _possessive_inside(name: str) -> bool:
    """A word of ``name`` but its last carries a possessive "’s": a title or a thing of a place's, never a
    body's own name (‘Britain’s Best Cook’) (guard w92b).

    >>> _possessive_inside("Britain’s Best Cook"), _possessive_inside("Department of Veterans' Affairs")
    (True, False)
    """
    return any(w.endswith(("’s", "'s")) for w in name.split(" ")[:-1])


def _initials(words: list[str]) -> tuple[str, ...]:
    """The initials of a name's words (:data:`INITIAL_SKIP_WORDS` give none): one a word, and, where a word
    joins capitalised parts by hyphens, one a part as well (‘World Anti-Doping Agency’ is WADA, w132f).

    >>> _initials("World Anti-Doping Agency".split()), _initials("Land Transport Authority".split())
    (('WAA', 'WADA'), ('LTA',))
    """
    kept = [w for w in words if w not in INITIAL_SKIP_WORDS]
    plain = "".join(w[0] for w in kept)
    parts = "".join(p[0] for w in kept for p in w.split("-") if p[:1].isupper())
    return (plain,) if parts == plain else (plain, parts)


def _trimmed_to(words: list[str], letters: str, of_place: bool = False) -> str | None:
    """The last words of a name whose initials are ``letters`` (a leading "The" or a sentence's first
    words left off: ‘In a statement the Turkish Football Federation’ is the federation), possessives
    taken off; None when no tail of the name gives them. With ``of_place`` (letters the article puts in
    brackets after the name), a tail whose words before an "of" give them, the place after it left out
    of the letters (‘Transportation Safety Board of Canada (TSB)’).

    >>> _trimmed_to("Government Medical Officers' Association".split(), "GMOA")
    "Government Medical Officers' Association"
    >>> _trimmed_to("Yesterday Land Transport Authority".split(), "LTA")
    'Land Transport Authority'
    >>> _trimmed_to("Pakistan Cricket Board’s".split(), "PCB")
    'Pakistan Cricket Board'
    >>> _trimmed_to("Land Transport Authority".split(), "LTB") is None
    True
    >>> _trimmed_to("The Transportation Safety Board of Canada".split(), "TSB", of_place=True)
    'Transportation Safety Board of Canada'
    >>> _trimmed_to("General Pharmaceutical Council".split(), "GPhC")
    'General Pharmaceutical Council'
    >>> _trimmed_to("World Anti-Doping Agency".split(), "WADA")
    'World Anti-Doping Agency'
    """
    letters = letters.upper() if RE_WORD_LETTERS.fullmatch(letters) else "".join(c for c in letters if c.isupper())
    # (the capitals: ‘General Pharmaceutical Council (GPhC)’; all the letters of those written as a word, ‘Defra’)
    for i in range(len(words)):
        if words[i] in INITIAL_SKIP_WORDS:
            continue
        tail = words[i:]
        lettered = tail[:tail.index("of")] if of_place and "of" in tail else tail
        if letters in _initials(tail) or letters in _initials(lettered):
            name = " ".join(tail).rstrip(",")
            for s in ("’s", "'s"):
                name = name.removesuffix(s)
            return name
    return None


#: A nation's letters written before a body's name that its own letters leave out (‘US Customs and Border
#: Protection’ is CBP), as a nation's name may be (:data:`~quotesearch.place_words.ONE_WORD_PLACES`).
NATION_LETTERS = frozenset(("US", "UK"))


def _with_nation(words: list[str], name: str) -> str:
    """``name``, a tail of the name ``words``, with the nation's word written right before it, if one is
    (‘US’ of ‘US Customs and Border Protection’, ‘Swiss’ is none); ``name`` as it is otherwise.

    >>> _with_nation("US Customs and Border Protection".split(), "Customs and Border Protection")
    'US Customs and Border Protection'
    >>> _with_nation("Yesterday Land Transport Authority".split(), "Land Transport Authority")
    'Land Transport Authority'
    """
    n = len(name.split(" "))
    if len(words) > n and " ".join(words[-n:]).rstrip(",") == name:
        before = words[-n - 1]
        if before in NATION_LETTERS or before.lower() in ONE_WORD_PLACES:
            return before + " " + name
    return name


def _abbreviated_to(words: list[str], letters: str) -> str | None:
    """The name ``words`` (a leading "The" left off) that letters in brackets after it shorten by parts of
    its words rather than by initials (‘State Secretariat for Economic Affairs (SECO)’): its first word's
    initial the first letter, and every letter found in the name in turn; None otherwise, or for fewer
    than three letters.

    >>> _abbreviated_to("The State Secretariat for Economic Affairs".split(), "SECO")
    'State Secretariat for Economic Affairs'
    >>> _abbreviated_to("Yesterday Land Transport Authority".split(), "LTA") is None
    True
    """
    words = words[1:] if words[:1] == ["The"] else words
    up = letters.upper()
    if len(up) < 3 or not words or words[0][:1] != up[0]:
        return None
    rest = iter(" ".join(words).upper())
    return " ".join(words).rstrip(",") if all(c in rest for c in up) else None


@functools.lru_cache(maxsize=64)
def _spelled_out(text: str) -> dict[str, str]:
    """The full names of the bodies the article writes letters for: those it spells out in brackets
    (‘The Building and Construction Authority (BCA)’), then for other letters the one capitalised name of
    three words or more whose initials they are, when just one name gives them.

    >>> _spelled_out("The Central Bank of Sri Lanka (CBSL) kept rates. The CBSL said")["CBSL"]
    'Central Bank of Sri Lanka'
    >>> _spelled_out("The Water Services Authority may block it. A spokesman for the WSA said")["WSA"]
    'Water Services Authority'
    >>> _spelled_out("Weston Sports Academy and Water Services Authority. The WSA said").get("WSA") is None
    True
    """
    bracketed: dict[str, str] = {}
    by_initials: dict[str, set[str]] = {}
    for m in RE_NAME_AND_LETTERS.finditer(text):
        words = m.group("name").split(" ")
        letters = m.group("letters")
        if letters is not None:
            name = _trimmed_to(words, letters, of_place=True) or _abbreviated_to(words, letters)
            if name is not None and _body_head(name, BRACKETED_BODY_HEADS):
                bracketed.setdefault(letters, _with_nation(words, name))
            continue
        for i in range(len(words)):  # (every run of the name's words, so that two names joined by "and"
            # give the letters of each: ‘Weston Sports Academy and Water Services Authority’ leaves WSA unsure)
            if words[i] in INITIAL_SKIP_WORDS:
                continue
            for j in range(i + 3, len(words) + 1):
                if words[j - 1] not in INITIAL_SKIP_WORDS:
                    for initials in _initials(words[i:j]):
                        if len(initials) >= 3:
                            name = _trimmed_to(words[i:j], initials)
                            by_initials.setdefault(initials, set()).add(name and _with_nation(words[:j], name))
    found = {k: name for k, v in by_initials.items() if len(v) == 1 and (name := next(iter(v))) is not None
             and _body_head(name, ACRONYM_BODY_HEADS) and not _possessive_inside(name)}
    # (the one name with the letters, a public body's by its head, no possessive inside: never ‘Castle
    # Park School’ for a CPS spokesman nor ‘Britain’s Best Cook’ for a BBC one) (guard w92b)
    found.update(bracketed)
    return found


def spelled_out_speaker(text: str, speaker: str, kind: str) -> str:
    """The full name of the body whose letters name a spokesperson, where the article spells it out (see
    :func:`_spelled_out`); the speaker as given otherwise.

    >>> t = "The Land Transport Authority (LTA) said fines rose. “…,” an LTA spokesman said."
    >>> spelled_out_speaker(t, "an LTA spokesman", "description")
    'Land Transport Authority'
    >>> spelled_out_speaker(t, "the LTA", "organisation"), spelled_out_speaker(t, "a BBC spokesman", "description")
    ('the LTA', 'a BBC spokesman')
    >>> spelled_out_speaker(t, "the LTA statement", "description")
    'Land Transport Authority'
    >>> t = "A General Pharmaceutical Council (GPhC) committee heard the case. A GPhC spokesperson said"
    >>> spelled_out_speaker(t, "A GPhC spokesperson", "description")
    'General Pharmaceutical Council'
    """
    if kind == "pronoun" or ((m := RE_LETTERS_SPEAKER.fullmatch(speaker)) is None
                             and (m := RE_LETTERS_DOCUMENT.fullmatch(speaker)) is None):
        return speaker  # (‘the WHO statement’: the body's too, w107e)
    letters = m.group("letters")
    found = _spelled_out(text)
    return found.get(letters) or (found.get(letters.upper(), speaker) if RE_WORD_LETTERS.fullmatch(letters) else speaker)
    # (‘a Defra spokesperson’: letters written as a word, the name spelled out without them)
