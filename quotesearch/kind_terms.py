"""Words in marks that name a kind of thing before its noun, never speech: an attributive term
after "a", "the" or a count, a name in title case before a noun, a thing's feature or product,
a mode, a priced charge, an issued notice's kind, a thing closing a list, a role between "a" and
"who", and a scheme or policy's name.
"""

from __future__ import annotations

import regex

from quotesearch.cue_positions import RE_POSSESSIVE_END
from quotesearch.cue_tokens import BE_FORMS, sentence_ends
from quotesearch.lexicon import LazyPattern, wordset
from quotesearch.document_words import ISSUED_NOUNS, ISSUING_VERBS, REPORT_NOUNS
from quotesearch.role_words import GENDERED_NOUNS, KIN_NOUNS, ROLE_NOUNS
from quotesearch.speech_words import AUXILIARIES, CALL_VERBS, PRONOUNS, SPEECH_VERBS
from quotesearch.term_words import (
    CATEGORY_DETERMINERS, CATEGORY_HEAD_NOUNS, CHARGE_NOUNS, MODE_NOUNS, NOUNS_ENDING_ED, REJECTING_VERBS, SCHEME_DETERMINERS,
    SCHEME_NOUNS, SCHEME_TAKING_VERBS,
)
from quotesearch.name_parts import FUNCTION_WORDS, gender_of
from quotesearch.body_words import OWNED_BODY_NOUNS, PUBLIC_BODY_HEADS
from quotesearch.place_words import ONE_WORD_PLACES
from quotesearch.tokens import Token, is_name_token, is_possessive, tokenize
from quotesearch.quote_spans import Span
from quotesearch.quote_marks import AFTER_CLOSE_WORDS
from quotesearch.titles import (
    CHARACTERISING_VERBS, RE_MARK, RE_SENTENCE_INSIDE, RE_WORD_AFTER, TITLE_SMALL_WORDS, _person_noun, _word_after,
)


#: Words after a closing mark that go on the sentence, never a noun the marks' words qualify.
GOES_ON_AFTER = frozenset("""
today yesterday tonight now again too instead anyway though then once twice ever here there later earlier
afterward afterwards online overnight last this next every each all both because unless until even just
still also only already either neither more most less least much very enough first
""".split())


#: The most words between "its" and a product's name in marks (‘its next-generation “Fjord” platform’).
THING_OWNER_MODIFIERS = 2


def _thing_owner(toks: list[Token]) -> bool:
    """The words before the marks end with a thing's possessive (‘the app’s’, ‘the bank's’): what the
    marks name before a noun is the thing's feature or product, whatever verb comes before (‘content
    recommended on the app’s “For Later” feed’); never a person's (‘the senator's “Jobs First” plan’).

    >>> _thing_owner(tokenize("videos on the app’s ", 0, 20)), _thing_owner(tokenize("on the mayor’s ", 0, 15))
    (True, False)

    And "its", a thing's own word, with a word or two of the product's kind between (‘to sample its
    next-generation “Fjord” platform’; never ‘his new “Fair Deal” plan’):

    >>> _thing_owner(tokenize("to sample its next-generation ", 0, 30)), _thing_owner(tokenize("his new ", 0, 8))
    (True, False)
    """
    for j in range(1, min(len(toks), THING_OWNER_MODIFIERS + 1) + 1):
        if toks[-j].word == "its" and toks[-j].text.islower():
            if all(x.text.islower() and x.text.replace("-", "").isalpha() and x.word not in FUNCTION_WORDS
                   for x in toks[len(toks) - j + 1:]):
                return True
            break
    if len(toks) < 2 or toks[-2].word not in ("the", "its", "their"):
        return False
    owner = toks[-1].text
    if not owner.endswith(("’s", "'s")) or not owner[:-2].isalpha() or not owner[:-2].islower():
        return False
    noun = owner[:-2].lower()
    return not _person_noun(noun) and noun not in GENDERED_NOUNS and noun not in KIN_NOUNS


def _attributive(text: str, close_end: int) -> bool:
    """A lower-case noun right after the closing mark, which the marks' words name a kind of:
    ‘in “Sport” mode’, ‘its “Campus” loafer’, ‘the “Gilded Sovereign” bundle’, the app's “For You”
    feed’ (a noun in "-ed", :data:`NOUNS_ENDING_ED`), ‘a “blue flu” sick-out’ (a verb's noun with its
    particle)."""
    w = _word_after(text, close_end)
    if w is None:
        return False
    return w not in AFTER_CLOSE_WORDS and w not in GOES_ON_AFTER and w not in SPEECH_VERBS \
        and not (w.endswith(("ly", "ed", "ing")) and w not in NOUNS_ENDING_ED) and w not in PRONOUNS
    # (a participle or an adverb goes on the sentence; but ‘the app’s “For Later” feed’ is a noun)


#: The capitalised parts of a name, between spaces or hyphens (‘Band Night’, ‘Jazz-a-Thon’: two each).
#:
#: >>> len(RE_NAME_PARTS.findall("Jazz-a-Thon")), len(RE_NAME_PARTS.findall("Brexit"))
#: (2, 1)
RE_NAME_PARTS = LazyPattern(r"(?<![\p{L}])\p{Lu}")


#: Verbs of speech whose object right after them is a thing put out, never words (‘announced a “Made in
#: Ostra” buying rule’, ‘unveiled a “Fair Fares” scheme’) (w50c).
#:
#: >>> "announced" in THING_LAUNCHING_VERBS, "said" in THING_LAUNCHING_VERBS
#: (True, False)
THING_LAUNCHING_VERBS = frozenset("announced announces unveiled unveils launched launches proposed proposes introduced "
                                  "introduces".split())


def _attributive_name(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """A name in title case set before a noun, after "the", "a" or an owner: ‘the “Decree 54”
    cybercrime law’, ‘its “General Security” forces’, ‘the company’s “ProteinCrisp” chips’,
    ‘its “Castlemere Covers You” brand campaign’ (never words said: ‘a “very good” deal’)."""
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 4 or RE_SENTENCE_INSIDE.search(content) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words):
        return False
    said = any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in WISH_VERBS for t in toks[-4:])
    if said and len(toks) >= 2 and toks[-1].word in ("a", "an") and toks[-2].word in THING_LAUNCHING_VERBS:
        said = False  # (a thing put out, the name its own: ‘announced a “Made in Ostra” buying rule’, w50c)
    after = RE_NOUN_AFTER.match(text, sp.close_end)
    if after is None:
        return False
    w = after.group(1)
    if sp.open_at == sp.para_start or (toks and toks[-1].text in ".!?") or not toks:
        # a title that opens its sentence as its subject: ‘“Nightjar” received a standing ovation’,
        # ‘“Nightjar” will be released’ (words said take a comma or a cue)
        return len(words) > 1 and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS
    if w in ROLE_NOUNS and not said:
        return True  # a title before a role: ‘“Winter Light” co-star Oona Fairley’, ‘the “Nightjar” director’
    if w in REPORT_NOUNS and _owner_and_modifiers(toks):
        return True  # a report's or a survey's title: ‘said in its annual ‘State of the Cryosphere’ report’, ‘the
        # bank's latest “Monetary Policy Outlook” report’ (never ‘his famous “Mission Accomplished” appearance’)
    if not (toks[-1].word in ("the", "its", "his", "her", "their", "our")
            or (is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1)
            or (toks[-1].word in ("a", "an") and not said)
            or (len(toks) >= 2 and toks[-2].word in ("the", "its", "their") and _plain_modifier(toks[-1]) and not said
                and len(RE_NAME_PARTS.findall(content)) >= 2)
            # (a modifier between, before a name of two parts or more: ‘the annual “Band Night” barbecue’, ‘the
            # yearly “Jazz-a-Thon” dinner’; never after a person's possessive: ‘mocking his famous “Mission
            # Accomplished” appearance’, nor one word, often the speaker's: ‘the critical “Brexit” referendum’)
            or (len(toks) >= 2 and toks[-2].word in ("its", "his", "her", "their", "our") and toks[-1].text.islower()
                and any(c.isdigit() for c in toks[-1].text))):  # (an owner and a sum: ‘its 120-billion-baht “Pan
        # Suk” stimulus scheme’; but ‘mocking his famous “Mission Accomplished” appearance’ quotes)
        return False  # (a name after "the" or an owner, whatever the verb: ‘announced her “Midnight Roads”
        # tour’, ‘called the “Fair Share” tax a disaster’; but ‘called it a “Very Good” deal’ quotes)
    if is_possessive(toks[-1]) and toks[-1].end == sp.open_at - 1 and toks[-1].text[:1].isupper() and len(words) <= 2 \
            and (w.endswith("ed") or w in TITLE_SUBJECT_VERBS) and w not in SPEECH_VERBS:
        return True  # a programme or a work after its maker's possessive, as the subject: ‘the BBC’s “Panorama”
        # investigated’
    return w not in FUNCTION_WORDS and w not in AUXILIARIES and w not in BE_FORMS and w not in NOT_NOUNS_AFTER \
        and not (w.endswith(("ed", "ly")) and w not in NOUNS_ENDING_ED) and not (w in SPEECH_VERBS and (w.endswith(("s", "ing")) or w in (
            "said", "told", "wrote", "spoke", "sang")))  # (a verb's bare form may be a noun: ‘its “X” brand campaign’)


def _owner_and_modifiers(toks: list[Token]) -> bool:
    """The words before the marks end with "the", an owner or a possessive, and one or two lower-case
    modifiers (‘its annual’, ‘the bank's latest’, ‘the new quarterly’)."""
    k = len(toks) - 1
    while k >= len(toks) - 2 and k >= 0 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].word not in FUNCTION_WORDS and toks[k].word not in PRONOUNS and toks[k].word not in SPEECH_VERBS:
        k -= 1
    return k >= 0 and k < len(toks) - 1 and (toks[k].word in ("the", "its", "his", "her", "their", "our") or is_possessive(toks[k]))


#: A number before a term in marks (‘2,000 “smart” beds’, ‘three “deep fields”’).
RE_COUNT = LazyPattern(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands")


def _attributive_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """A lower-case word or two in marks after "a", "an", "the" or a number (a number and a modifier too)
    and before the noun they name a kind of, in a sentence with no verb of speech, no one speaking of
    themself or others and no other quotation: ‘pecked an “enter” key’, ‘2,000 “smart” hospital beds’,
    ‘62 additional “specialist provision” classes’, ‘a “blue flu” sick-out’, before a plural noun after a
    preposition or "such as": ‘in “smart” beds’, ‘measures such as “quiet hours” rules’; or a process's name
    between "the" and "of": ‘halting the “hollowing out” of coastal villages’ (never a coinage with a
    hyphen, often someone's: ‘a “working-class” rebellion’; never words said: ‘said it
    was a “rigged” system’, ‘his “rigged” system’, ‘he was misled into a “humanitarian” war’, ‘Clinton
    faced a “slam-dunk” indictment on twenty “felony charges”’). A clause after ", but" or ", while"
    has a subject of its own: its verb of speech is no cue of the term's (‘will open 20 “nurture”
    rooms, but Ms Kaur warned that …’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 2 or not content[-1:].isalnum() \
            or not all(w.isalnum() and w.islower() for w in words) \
            or not (_kind_determiner(toks[-1]) or (len(toks) >= 2 and RE_COUNT.fullmatch(toks[-2].word) is not None
                                                   and _plain_modifier(toks[-1]))
                    or ((toks[-1].word in KIND_PREPOSITIONS or _such_as(toks)) and toks[-1].text.islower()
                        and _plural_after(text, sp.close_end))):
        return False
    of_process = toks[-1].word == "the" and text.startswith(" of ", sp.close_end)
    if not of_process and (not _attributive(text, sp.close_end) or _word_after(text, sp.close_end) in ("one", "ones")):
        return False  # (a pro-form names no kind: ‘the primary was a “closed” one’)
    sentence = _without_contrast_clause(sentence, sp.close_end)
    named_before = any(k > 0 and t.end <= sp.open_at and t.capitalized and is_name_token(t) for k, t in enumerate(sentence))
    # (a gerund's subject is the one named before: ‘Ann Roe signed a “historic” agreement after saying …’ (rv65c))
    return not any((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                    or t.word in ("he", "she", "i", "we", "according"))
                   and not (not named_before and k > 0 and t.start > sp.close_end
                            and _gerund_after_preposition(sentence[k - 1], t))
                   and not (k > 0 and t.start > sp.close_end and t.word not in PRONOUNS
                            and sentence[k - 1].word in ("the", "a", "an") and sentence[k - 1].text.islower())
                   # (a verb's form after an article is a noun: ‘a “deconstructed” fool, cooked to the point of
                   # collapse’ names no one speaking, w71d)
                   for k, t in enumerate(sentence)) \
        and not (sentence and RE_MARK.search(text, sentence[0].start, sp.open_at)) \
        and not (sentence and RE_MARK.search(text, sp.close_end, sentence[-1].end))


#: A price right before an opening mark, with its currency (‘a $4.99 ’, ‘a £25 ’, ‘a Rs 50 ’, ‘a €3.50 ’,
#: ‘a KSh 100 ’), per unit too (‘a $2-per-tonne ’); searched only in the few characters before a mark.
RE_PRICE_BEFORE = LazyPattern(r"(?:\b(?:an?|the|its|their)) (?:\p{Sc}|\b(?:Rs|KSh|RM|R|P|N|S\$|A\$|C\$|US\$)\.? ?)"
                                r"\d[\d,]*(?:\.\d+)?(?:-(?:per|a)-\p{Ll}+)? ?$")


def _mode_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """One or two lower-case words in marks right before a noun of a mode or a control
    (:data:`MODE_NOUNS`), after "to", "into", "in", "on", "off", "the", "a", "an" or "its": the mode's
    name, never words said (‘told to switch the units to “standby” mode’, ‘press the “reset” button’);
    never in a sentence with a verb of speech, whose speaker the word may be (‘The mayor said the city
    was run in “crisis” mode’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "Owners should switch the units to “standby” mode until then."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _mode_term(t, sp, "standby", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    >>> t = "He said it ran in “crisis” mode."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _mode_term(t, sp, "crisis", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    False
    """
    words = content.split()
    return sp.close_end is not None and 1 <= len(words) <= 2 and bool(toks) \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and toks[-1].word in ("to", "into", "in", "on", "off", "the", "a", "an", "its", "their") \
        and _word_after(text, sp.close_end) in MODE_NOUNS \
        and not any((t.word in SPEECH_VERBS or t.word in CALL_VERBS)
                    and not (k > 0 and sentence[k - 1].word in ("being", "been", "are", "is", "were", "was"))
                    for k, t in enumerate(sentence))  # (but a passive's: ‘Owners are being told to switch …’)


def _priced_charge(text: str, sp: Span, content: str) -> bool:
    """Lower-case words in marks that end in a charge's noun right after its price: the charge's name,
    which the writer or a filing gives, never words said (‘adding a $4.99 “network access and service
    fee”’, ‘a £3 “statement charge”’; never ‘a $40 “bargain”’, which no charge's noun ends).

    >>> t = 'adding a $4.99 “network access fee” to bills'
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _priced_charge(t, sp, t[sp.start:sp.end])
    True
    """
    words = content.rstrip(",.").split()
    return 1 <= len(words) <= 6 and words[-1] in CHARGE_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() for w in words) \
        and RE_PRICE_BEFORE.search(text, max(0, sp.open_at - 36), sp.open_at) is not None


def _priced_item(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Two to four plain lower-case words in marks right after a price, in a sentence with no verb of
    speech or calling before them: the name of a thing sold, a dish or a product (‘the centerpiece of a
    $32 “conservas board”’, ‘a £14 “garden plate”’), never words said (w71d); never one word, often a
    judgment (‘a $40 “bargain”’), nor one a speaker gives (‘called it a $40 “total rip-off”’).

    >>> from quotesearch.tokens import tokenize
    >>> t = 'is now the centerpiece of a $32 “conservas board” at the bar'
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _priced_item(t, sp, t[sp.start:sp.end], tokenize(t, 0, sp.open_at))
    True
    >>> t = 'she called it a $40 “total rip-off” at the bar'
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _priced_item(t, sp, t[sp.start:sp.end], tokenize(t, 0, sp.open_at))
    False
    """
    words = content.split()
    return sp.close_end is not None and 2 <= len(words) <= 4 \
        and all(w.replace("-", "").isalpha() and w.islower() and w not in FUNCTION_WORDS and not w.endswith("ly") for w in words) \
        and RE_PRICE_BEFORE.search(text, max(0, sp.open_at - 36), sp.open_at) is not None \
        and not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS for t in toks)


def _issued_kind(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Two or three lower-case words in marks, ending in a noun of a notice or a document
    (:data:`ISSUED_NOUNS`), right after a verb of issuing and "a" or "an": the name of a kind of
    notice, never speech (‘had not yet published a “system card” describing its testing’, ‘it sends
    a “hypertension notification” if …’, ‘issued a “stop notice” to the operator’); never one word
    (‘sent a “warning”’), nor a judgment after "called" or "as".

    >>> from quotesearch.tokens import tokenize
    >>> t = "The ring sends a “fever alert” to the phone."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _issued_kind(t, sp, "fever alert", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    return sp.close_end is not None and 2 <= len(words) <= 3 and words[-1] in ISSUED_NOUNS \
        and all(w.replace("-", "").isalpha() and w.islower() and w not in FUNCTION_WORDS for w in words) \
        and len(toks) >= 2 and toks[-1].word in ("a", "an") and toks[-2].word in ISSUING_VERBS


def _listed_thing(text: str, sp: Span, content: str, sentence: list[Token]) -> bool:
    """One to three lower-case words in marks after "and a" or "and an" that close a list of things
    the sentence gives with articles and no marks (‘has a gym, a science wing and a “quiet room” with
    beanbags’), a word after the marks and no verb of speech in the sentence (but "added" the list: ‘added
    a teen room, a lift and a “maker lab” with’): a thing's name, never words said (‘wrote that Phiri
    was a “coward,” a “liar” and a “traitor”’ quotes Banda).

    >>> from quotesearch.tokens import tokenize
    >>> t = "It has a gym, a lab and a “quiet room” with books."
    >>> sp = Span(t.index("“") + 1, t.index("”"), t.index("“"), t.index("”") + 1, 0, 0, len(t))
    >>> _listed_thing(t, sp, "quiet room", tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() and w.islower() for w in words) \
            or len(sentence) < 6 or sentence[-1].word not in ("a", "an") or sentence[-2].word != "and":
        return False
    if not any(sentence[k].text == "," and sentence[k + 1].word in ("a", "an") for k in range(len(sentence) - 3)):
        return False  # (a list of things, each with its article: ‘a gym, a science wing and a’)
    if _word_after(text, sp.close_end) is None:
        return False  # (the list goes on after the thing: ‘a “maker lab” with 3D printers’)
    if any(gender_of(t.text) is not None and k + 1 < len(sentence) and sentence[k + 1].capitalized
           for k, t in enumerate(sentence)):
        return False  # (a person named in the sentence, whose words the marks may be: ‘coach Tom Reilly wished the
        # club … and a “better coach”’, ‘Mayor Karen Bass's budget offers … and a “leaner city hall”’)
    return not any(t.text in "“”\"‘’" or (t.word in SPEECH_VERBS and not (k + 1 < len(sentence) and sentence[k + 1].word in ("a", "an"))
                                           and not _bare_modifier(sentence, k))
                   for k, t in enumerate(sentence)) \
        and not any(t.word in SPEECH_VERBS for t in tokenize(text, sp.close_end, min(sp.para_end, sp.close_end + 120)))


def _bare_modifier(words: list[Token], k: int) -> bool:
    """The verb's bare form at ``k`` stands with no subject, auxiliary or "to" before it: a noun's
    modifier, no verb (‘a $400,000 state grant’)."""
    w = words[k].word
    return not w.endswith(("s", "d", "ing")) and not (k > 0 and (words[k - 1].word == "to" or words[k - 1].word in PRONOUNS
                                                               or words[k - 1].word in AUXILIARIES))


def _speech_after(text: str, sp: Span) -> bool:
    """A verb of speech after the marks, in their sentence (‘…, critic Peter Bradshaw wrote’)."""
    ends = sentence_ends(text, sp.close_end, sp.para_end)
    after = tokenize(text, sp.close_end, ends[0] if ends else sp.para_end)
    return any(t.word in ("said", "says", "told", "tells", "wrote", "writes", "added")
               and not (i and after[i - 1].word == "it") for i, t in enumerate(after))


def _role_term(text: str, sp: Span, content: str, toks: list[Token], before: list[Token]) -> bool:
    """A job's or a role's name in marks, one to three words, between "a" or "an" and "who": the
    writer's name for a post, never speech (‘had assigned the customer a ‘VIP host’ who sent him free
    bets’, ‘hired a “wellbeing champion” who visits wards’); never in a sentence with a verb of speech
    or one speaking of themself before the marks (‘he said a “fixer” who worked for the firm …’).

    >>> from quotesearch.tokens import tokenize
    >>> t = "The firm gave him a ‘VIP host’ who sent him bets."
    >>> sp = Span(t.index("‘") + 1, t.index("’"), t.index("‘"), t.index("’") + 1, 0, 0, len(t))
    >>> _role_term(t, sp, "VIP host", tokenize(t, 0, sp.open_at), tokenize(t, 0, sp.open_at))
    True
    """
    words = content.split()
    if sp.close_end is None or not toks or toks[-1].word not in ("a", "an") or not 1 <= len(words) <= 3 \
            or not all(w.replace("-", "").isalnum() for w in words) or not text.startswith(" who ", sp.close_end) \
            or (len(toks) >= 2 and toks[-2].word == "as"):
        return False  # (one cast as a thing is characterised: ‘casting Johnson as an “honorable choice” who …’)
    if len(toks) >= 2 and (toks[-2].word in BE_FORMS or toks[-2].word in ("being", "been")):
        return False  # (one said to be a thing is characterised: ‘Smith was a “loner” who …, neighbours told’)
    if _speech_after(text, sp):
        return False  # (a speaker named after the marks: ‘…, analyst Susan Booysen wrote’)
    return not any(t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                   or t.word in ("he", "she", "i", "we", "according") for t in before)


#: Prepositions before a bare plural's kind in marks (‘mould in “repaired” homes’, ‘checks on “secure”
#: units’): the kind's name, as after "a" or "the".
KIND_PREPOSITIONS = frozenset("in on at into from of for".split())


def _plural_after(text: str, close_end: int) -> bool:
    """A lower-case plural noun right after the closing mark (‘“repaired” homes’)."""
    w = _word_after(text, close_end)
    return w is not None and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) \
        and text[close_end + 1:close_end + 2].islower()


def _such_as(toks: list[Token]) -> bool:
    """The words before the marks end in "such as", before the examples of a kind (‘measures such as
    “sightseeing express” buses’): a plural noun after the marks makes the words a kind's name.

    >>> from quotesearch.tokens import tokenize
    >>> _such_as(tokenize("measures such as")), _such_as(tokenize("known as"))
    (True, False)
    """
    return len(toks) >= 2 and toks[-1].word == "as" and toks[-2].word == "such"


def _kind_determiner(tok: Token) -> bool:
    """"a", "an", "the" or a number, before the name of a kind (‘an “enter” key’, ‘2,000 “smart” beds’)."""
    return tok.word in ("a", "an", "the") or RE_COUNT.fullmatch(tok.word) is not None


def _plain_modifier(tok: Token) -> bool:
    """One lower-case word between a number and the marks that qualifies the noun, no verb, pronoun
    or adverb (‘62 additional “…” classes’, ‘three more “…” centres’, ‘40 new “…” beds’; after "the" or
    "a" the marks may be a term someone gave: ‘the traditional “manji” symbol’)."""
    return tok.text.isalpha() and tok.text.islower() and tok.word not in PRONOUNS and tok.word not in SPEECH_VERBS \
        and tok.word not in AUXILIARIES and tok.word not in BE_FORMS and tok.word not in CALL_VERBS \
        and tok.word not in CHARACTERISING_VERBS and not tok.word.endswith("ly") and tok.word not in ("so", "very", "of")


#: Words that open a clause with a subject of its own after a comma (‘…, but Ms Kaur warned’).
CONTRAST_JOINERS = frozenset("but while whereas although though yet".split())


#: Prepositions before a verb's "-ing" form that make it a noun with no subject of its own (‘before
#: claiming a discovery’, ‘without announcing it’): no cue of the words in marks before it.
#:
#: >>> "before" in GERUND_PREPOSITIONS, "that" in GERUND_PREPOSITIONS
#: (True, False)
GERUND_PREPOSITIONS = frozenset("before after without by for from of on upon about".split())


def _gerund_after_preposition(prev: Token, t: Token) -> bool:
    """``t`` is a verb's "-ing" form right after a preposition of :data:`GERUND_PREPOSITIONS`, after
    the marks: ‘the “five sigma” threshold physicists require before claiming a discovery’ claims
    nothing the marks hold."""
    return t.word.endswith("ing") and t.text.islower() and prev.word in GERUND_PREPOSITIONS and prev.text.islower()


def _without_contrast_clause(sentence: list[Token], close_end: int) -> list[Token]:
    """The sentence's tokens up to a comma and a contrasting joiner after the marks (‘…, but …’)."""
    for k in range(len(sentence) - 1):
        if sentence[k].start >= close_end and sentence[k].text == "," and sentence[k + 1].word in CONTRAST_JOINERS:
            return sentence[:k]
    return sentence


def _scheme_term(text: str, sp: Span, content: str, toks: list[Token]) -> bool:
    """Lower-case words in marks (three to six, no sentence's end, one comma at most between halves:
    ‘its “no jab, no pay” policy’) after "a", "an",
    "the" or a possessive pronoun and right before a noun that names a scheme: the name of a
    programme, never words said: ‘was using a “hospital in the home” program’, ‘its “test and
    treat” approach’ (never one named so: ‘what she called a “…” approach’, ‘criticised as a “…”
    policy’; never one word or two, which ``_attributive_term`` weighs; never a noun
    after that goes on: ‘a “we will not pay” protest’ is no scheme)."""
    words = content.split()
    summed = _sum_before(toks)
    if summed:
        toks = toks[:-summed]  # (a sum between the article and the name: ‘a $650 million “…” package’)
    under = len(toks) >= 2 and toks[-2].word == "under" and toks[-1].word in ("its", "their", "the")  # (‘bought under its
    # “quantitative easing” programme’: a scheme one acts under, of two words too)
    named_owner = _place_or_body_owner(toks)
    owned = bool(toks) and is_possessive(toks[-1]) and (toks[-1].text[:1].islower() or named_owner)  # (a body's
    # possessive: ‘the ministry’s “last mile” programme’, of two words too; a country's or a named body's too:
    # ‘Portugal's “golden visa” programme’, ‘the European Union's “…” scheme’; never a person's name: ‘Trump’s “…” policy’)
    if sp.close_end is None or not toks or not (2 if under or owned or summed else 3) <= len(words) <= 6 \
            or not words[0].islower() \
            or not all((w[:-1] if w.endswith(",") and k < len(words) - 1 else w).isalpha()
                       and (w.islower() or (k > 0 and w[:1].isupper() and w[1:].islower()))
                       for k, w in enumerate(words)) or content.count(",") > 1 \
            or (toks[-1].word not in SCHEME_DETERMINERS and not owned):
        return False  # (a place's name may stand inside: ‘the “stay in Wales” scheme’)
    if ((owned and toks[-1].word not in SCHEME_DETERMINERS) or summed) and any(
            (w := x.strip(",").lower()).endswith(JUDGMENT_ENDINGS) or (w.endswith("ly") and len(w) > 4)
            or w in JUDGMENT_WORDS - {"and", "or"} or w == "not" for x in words):
        return False  # (after a body's possessive, a judgment is words said: ‘the government’s “cruel and
        # heartless” policy …, Diane Abbott said’, ‘the bank’s “too little, too late” approach’)
    if any(t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS or t.word in ("as", "what", "dubbed", "described")
           for t in toks[-4:-1]):
        return False  # someone's words for it: ‘what she called a “start small” approach’ is hers; ‘derided
        # as a “pay or wait” scheme’ is its critics'
    lead = text[max(text.rfind(c, 0, sp.open_at) for c in ".!?\n") + 1:sp.open_at]
    said = [w for w in (x.strip(",;:").lower() for x in lead.split()) if w in SPEECH_VERBS]
    if (toks[-1].word in ("a", "an") or owned) and said and not _scheme_taken_up(toks) \
            and not _scheme_put_out(tokenize(text, sp.open_at - len(lead), sp.open_at), said, named_owner):
        return False  # (guard: one who speaks in the sentence before the marks gives them as their
        # words: ‘Warren said the plan amounted to a “pay to play” scheme’, ‘accused ministers of a
        # “race to the bottom” strategy’)
    after = RE_WORD_AFTER.match(text, sp.close_end)
    return after is not None and (after.group(1) in SCHEME_NOUNS or (summed > 0 and after.group(1) in SUM_SCHEME_NOUNS))


#: Words of a sum between a scheme's article and its name in marks (‘a $650 million ’, ‘a £40m ’, ‘the €2bn ’).
#:
#: >>> [RE_SUM_WORD.fullmatch(w) is not None for w in ("$", "650", "million", "40m", "2bn", "new")]
#: [True, True, True, True, True, False]
RE_SUM_WORD = LazyPattern(r"\p{Sc}|\d[\d,.]*(?:m|bn|k)?|million|billion|trillion|bn|m")

#: Nouns of a sum's scheme, besides :data:`SCHEME_NOUNS`, read only after a sum (‘a $650 million “cost of
#: living relief” package’, ‘a £40m “green homes” fund’).
SUM_SCHEME_NOUNS = wordset("package packages fund funds")


def _sum_before(toks: list[Token]) -> int:
    """How many tokens of a sum with a digit end ``toks`` right after "a", "an", "the" or an owner
    (‘a $ 650 million’), else 0.

    >>> from quotesearch.tokens import tokenize
    >>> _sum_before(tokenize("announced a $650 million")), _sum_before(tokenize("a £40m")), _sum_before(tokenize("a million"))
    (3, 2, 0)
    """
    k = len(toks)
    while k > 0 and RE_SUM_WORD.fullmatch(toks[k - 1].word) is not None:
        k -= 1
    if k == len(toks) or k == 0 or toks[k - 1].word not in SCHEME_DETERMINERS \
            or not any(c.isdigit() for t in toks[k:] for c in t.text):
        return 0
    return len(toks) - k


#: The heads of a named public body's name whose possessive owns a scheme (‘the European Union's’,
#: ‘Leeds City Council's’): :data:`OWNED_BODY_NOUNS` and :data:`PUBLIC_BODY_HEADS`, joined once.
OWNER_BODY_HEADS = OWNED_BODY_NOUNS | PUBLIC_BODY_HEADS


def _place_or_body_owner(toks: list[Token]) -> bool:
    """The words before the marks end in a country's possessive or a named public body's (‘Portugal's’,
    ‘the European Union's’, ‘Leeds City Council's’), never a person's (‘Trump's’).

    >>> from quotesearch.tokens import tokenize
    >>> [_place_or_body_owner(tokenize(s)) for s in ("blame Portugal's", "the European Union's", "blame Trump's", "the council's")]
    [True, True, False, False]
    """
    if not toks or not is_possessive(toks[-1]) or not toks[-1].text[:1].isupper():
        return False
    stem = RE_POSSESSIVE_END.sub("", toks[-1].word)
    if stem in ONE_WORD_PLACES:
        return True
    return stem in OWNER_BODY_HEADS and len(toks) >= 2 and toks[-2].text[:1].isupper() \
        and toks[-2].text.isalpha()


def _scheme_taken_up(toks: list[Token]) -> bool:
    """The words before a scheme's name end with a verb of trying or taking up a scheme
    (:data:`SCHEME_TAKING_VERBS`) and its article: ‘told MPs the trust was trialling a’, ‘said the council
    was piloting a’; a verb of speech before them gives the scheme no speaker. Never after "of", where the
    scheme is a charge (‘accused the council of piloting a “…” scheme’), nor after "adopt", "introduce" or
    "launch", often a charge too.

    >>> from quotesearch.tokens import tokenize
    >>> [_scheme_taken_up(tokenize(s)) for s in ("said it was trialling a", "accused it of piloting a", "said it was a",
    ...                                          "said ministers had adopted a")]
    [True, False, False, False]
    """
    return len(toks) >= 3 and toks[-1].word in ("a", "an") and toks[-2].word in SCHEME_TAKING_VERBS \
        and toks[-2].text.islower() and toks[-3].word != "of"


def _scheme_put_out(toks: list[Token], said: list[str], named_owner: bool) -> bool:
    """The one verb of speech in the sentence's words ``toks`` before a scheme's name is the verb whose
    object the scheme is, right before its article or its owner's name: one who puts it out
    (:data:`THING_LAUNCHING_VERBS`: ‘announced a $650 million “…” package’); never a verb with a clause
    (‘said the company's “…” scheme was’), nor one that blames (‘blamed Britain's “race to the bottom”
    policy’ is the blamers' own words, review of w133g)."""
    if len(said) != 1:
        return False
    k = len(toks) - 1 - _sum_before(toks)
    while named_owner and k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].word == "the") \
            and toks[k - 1].word not in SPEECH_VERBS:
        k -= 1  # (the owner's whole name: ‘the European Union's’)
    if k == 0 or toks[k - 1].word != said[0]:
        return False
    return said[0] in THING_LAUNCHING_VERBS


#: Verbs after a title that opens its sentence as its subject (‘“Nightjar” will be released’).
TITLE_SUBJECT_VERBS = frozenset("will has had won stars opens premieres follows tells earned".split())

#: Words after a closing mark that are no noun a name stands before (‘the “Best Deal” ever’, ‘…
#: “Stop” seconds before’).
NOT_NOUNS_AFTER = frozenset("""
ever yet again too instead anyway either seconds minutes hours days weeks months years moments times
""".split())

#: Verbs that take words said as their object, besides the verbs of speech (‘wished her “…”’).
WISH_VERBS = frozenset("wished wish wishes wishing greeted bade bid shouting yelling screaming".split())


#: A lower-case word right after a closing mark: the noun a name in marks may stand before.
RE_NOUN_AFTER = LazyPattern(r" (\p{Ll}[\p{Ll}\-]+)\b")


#: Endings of adjectives of judgment (‘unworkable’, ‘dangerous’, ‘pointless’): a quotation of them is a
#: view, never a thing's name.
JUDGMENT_ENDINGS = ("able", "ible", "ous", "ful", "less", "ive")

#: Words of a judgment in lower case (‘“unworkable and unsafe”’, ‘“pure greenwashing”’), never in a name.
JUDGMENT_WORDS = wordset("and or but too so very pure totally utterly unsafe unfair unjust")


#: A closing single mark, never an apostrophe inside a word (‘Aidan’s’).
#:
#: >>> len(RE_SINGLE_CLOSE.findall("said: ‘St Aidan’s is ‘rushed’ now’"))
#: 2
RE_SINGLE_CLOSE = LazyPattern(r"’(?!\p{L})")


def _quoted_elsewhere(text: str, sp: Span, content: str) -> bool:
    r"""The words in the marks come again inside another quotation of the text (an opening mark before
    them on their line, not closed before them): words someone is quoted saying, no thing's name.

    >>> t = "School’s “rushed” plan\n\nShe said: “The whole thing has been rushed.”"
    >>> _quoted_elsewhere(t, Span(10, 16, 9, 17, 0, 0, 22), "rushed")
    True
    >>> _quoted_elsewhere("Its “drought” status\n\nThe drought is over.", Span(5, 12, 4, 13, 0, 0, 20), "drought")
    False
    """
    for m in regex.finditer(r"(?i)(?<![\p{L}\p{N}])" + regex.escape(content) + r"(?![\p{L}\p{N}])", text):
        if sp.open_at <= m.start() < sp.close_end:
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if line.count("“") > line.count("”") or line.count('"') % 2 == 1 \
                or line.count("‘") > len(RE_SINGLE_CLOSE.findall(line)):
            return True
    return False


def _category_term(text: str, sp: Span, content: str, toks: list[Token], sentence: list[Token]) -> bool:
    """Lower-case words in marks (one to six, no sentence inside) right before a noun that names a
    category, a rule, a status, a feature, a plan, a notice or a post (:data:`CATEGORY_HEAD_NOUNS`), one
    plain noun between at most, after an article, an owner or a preposition of moving (one plain modifier
    between at most): the thing's name, no one's speech (‘barred it from enforcing its “anti-steering”
    rules’, ‘the app’s “streak” feature’, ‘moved five areas into “drought” status’, ‘has issued a “lack of
    reserve” notice’, ‘its “unlimited” data plans’) (w80d). Never governed by a verb of speech, calling
    or judgment (‘what she called a “…” plan’, ‘described a “very serious” plan’, ‘said it was a “…” rule’),
    never a judgment's adjective (‘the “reckless” plan’)."""
    words = content.split()
    if sp.close_end is None or not toks or not 1 <= len(words) <= 6 or not content[:1].islower() \
            or not content[-1:].isalnum() or RE_SENTENCE_INSIDE.search(content) or any(c in content for c in ",;:!?"):
        return False
    k = len(toks) - 1
    if _plain_modifier(toks[k]) and k > 0 and toks[k].word not in CATEGORY_DETERMINERS:
        k -= 1  # (‘the new “…” rules’)
    if not (toks[k].word in CATEGORY_DETERMINERS or (is_possessive(toks[k]) and toks[k].text[:1].islower())):
        return False  # (a thing's or a body's possessive, ‘the app’s’; never a person's name: ‘Okafor’s “…”
        # plan’ is often her words)
    if any((w := x.lower()).endswith(JUDGMENT_ENDINGS) or w in JUDGMENT_WORDS or w == "not" for x in words):
        return False  # (a judgment's words are someone's: ‘the “unworkable” rules’)
    if _quoted_elsewhere(text, sp, content):
        return False  # (words someone says in the article: a headline's ‘the school’s “rushed” academy plan’
        # before ‘said: ‘The whole thing has been rushed. …’’)
    after = RE_NOUN_AFTER.match(text, sp.close_end)
    if after is None:
        return False
    head = after.group(1)
    if head not in CATEGORY_HEAD_NOUNS:
        nxt = RE_NOUN_AFTER.match(text, after.end())
        if nxt is None or nxt.group(1) not in CATEGORY_HEAD_NOUNS or head in FUNCTION_WORDS or head in SPEECH_VERBS \
                or head.endswith(("ed", "ly", "ing")) or head in AFTER_CLOSE_WORDS or head in GOES_ON_AFTER:
            return False
    before = [t for t in sentence if t.end <= sp.open_at]
    if toks[k].word not in ("a", "an", "into", "to", "under") and k > 0 and toks[k - 1].word in REJECTING_VERBS \
            and any(t.word in SPEECH_VERBS for t in before[:-2]):
        return False  # (a speaker's label for what they would end: ‘said the city would abandon the “dead on
        # arrival” plan’, ‘promised to end the “postcode lottery” rules’) (review rv80d)
    if toks[k].word not in ("a", "an", "into", "to", "under"):
        before = toks[max(0, k - 2):]  # (a definite thing, named so by the writer, unless a verb right
        # before governs it: ‘a researcher wrote that the app’s “streak” feature …’ is the writer's name;
        # ‘called the “…” rules unfair’ is the caller's)
    return not any((t.word in SPEECH_VERBS or t.word in CALL_VERBS or t.word in CHARACTERISING_VERBS
                    or t.word in ("as", "what", "dubbed", "described", "according"))
                   and not (j > 0 and (before[j - 1].word in ("a", "an", "the", "its", "their") or is_possessive(before[j - 1])))
                   for j, t in enumerate(before))  # (a noun's form is no verb: ‘not part of Pixelforge’s claim’)
