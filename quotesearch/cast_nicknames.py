"""Nicknames, mononyms and royals among the article's full names (:class:`CastNicknames`, a part of
:class:`quotesearch.cast_names.CastNames`), with the patterns and word lists only they read.
"""

from __future__ import annotations

from quotesearch.lexicon import LazyPattern
from quotesearch.body_words import BUSINESS_WORDS, ORG_WORDS
from quotesearch.name_parts import FUNCTION_WORDS, NOT_NAMES, gender_of
from quotesearch.tokens import RE_NAME_RUN, _name_pieces
from quotesearch.people import PLACE_HEADS, Person, surname_key
from quotesearch.full_names import NICKNAME_ARTICLES, _name_goes_on, _named_in_full, _nickname_word, _two_word_nickname
from quotesearch.office_titles import ROYAL_SEX
from quotesearch.descriptions import RE_AGE_AFTER


ROYAL_STYLE_WORDS = tuple(style.title() for style in ROYAL_SEX)  # (one of them in the text, or no royal)
#: A knight's or a dame's style, which goes before the given name ("Sir Alan", "Dame Judi").
KNIGHTLY_SEX = {"sir": "m", "dame": "f", "tā": "m"}  # (and the Māori knight's "Tā Wiremu")
KNIGHTLY_STYLES = tuple(style.title() for style in KNIGHTLY_SEX)
STYLE_SEX = ROYAL_SEX | KNIGHTLY_SEX

#: A royal's, a pontiff's or a peer's style before one name ("King Aldric", "Crown Princess Mireille",
#: "Pope Leo", "Baroness Okonedo-Frye"), and a knight's or a dame's before a given name ("Sir Alan"),
#: never before another capitalised word ("Prince Harry Windsor" is a full name); a duke is known by
#: his title alone ("Duke Energy", "Duke Ellington") unless a grand duke.
RE_ROYAL_MONONYM = LazyPattern(
    r"\b((?:Crown |Grand )?(?:" + "|".join(s for s in ROYAL_STYLE_WORDS if s not in ("Duke", "Duchess")) + r")"
    r"|Grand Duke|Grand Duchess|" + "|".join(KNIGHTLY_STYLES) + r") (\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\w’'\-]| \p{Lu}|[ \t]*[&(])")

#: A surname, with an apostrophe's part ("O’Neill", "D'Souza") and hyphens.
RE_SURNAME_WORD = LazyPattern(r"\p{Lu}[\p{L}\p{M}]*+(?:[’']\p{Lu}[\p{L}\p{M}]*+)?(?:-\p{Lu}[\p{L}\p{M}]*+)*+")

#: A generational suffix written after a surname, with its space ("Macaraeg Jr.", "Reyes III"): part of
#: the name a nickname in marks stands inside (‘Rodolfo “Dolfo” Macaraeg Jr.’ is Rodolfo Macaraeg Jr.).
#:
#: >>> RE_SUFFIX_AFTER_SURNAME.match(" Jr. told", 0).group(1), RE_SUFFIX_AFTER_SURNAME.match(" Jrs", 0)
#: ('Jr.', None)
RE_SUFFIX_AFTER_SURNAME = LazyPattern(r" (Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}\p{M}\d])")

#: Capitalised words that are no one's name alone.
NOT_NAMES_ALONE = frozenset("monday tuesday wednesday thursday friday saturday sunday today police".split())

#: A given name and a nickname in marks, just before a surname (‘Stanisław “Stan” Kowalczyk’,
#: ‘Dwayne "The Rock" Johnson’).
RE_NICKNAME_BEFORE = LazyPattern(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'\-]+) (?:[“\"]([\p{L}\d][\p{L}\p{M}\d._’'\- ]{0,20})[”\"]"
                                 r"|‘([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})’|'([\p{L}\d][\p{L}\p{M}\d._\- ]{0,20})') $")


#: What follows a name with a nickname inside that only a person's does (‘Dean ‘Dingo’ Whitford, who
#: relocates snakes,’, ‘Tomás “Tommy” Hale said’).
PERSON_AFTER_NICKNAME = (", who ", ", whose ", " said ", " said,", " says ", " told ")


class CastNicknames:
    """Nicknames, mononyms and royals: people named by one word (_add_mononyms), by a style and one
    name (_add_royals), and a name around a nickname in marks (_nicknamed).

    It is a part of :class:`quotesearch.speakers.Cast` (it reads the attributes ``Cast.__init__`` sets).
    """

    def _add_mononyms(self, mononyms: list[tuple[int, str, str | None]], given_names: bool = False) -> None:
        """People the article names by one word (where, the word, a role): "Pop star Vesper", "DJ
        Solstice", "Kairo, the lead vocalist of …"; with ``given_names``, a known given name too
        ("Amina, 34,"), unless it is the given name of someone named in full."""
        text = self.text
        for at, word, role in mononyms:
            low = surname_key(word.split())  # (a kunya by its last word, as its bearer's name is keyed: "Abu Elie")
            if low in self.by_surname or low in FUNCTION_WORDS or low in NOT_NAMES_ALONE \
                    or (gender_of(word) is not None and not given_names) \
                    or low in NOT_NAMES or self._first_word_people().get(low) is not None \
                    or self.first_surname_owner(word) is not None or self.called_after_lead(word) is not None:
                continue  # (a surname or a given name of someone named in full is theirs, and so is
                # the first of two surnames: ‘Daniel Arosemena Carrión … Arosemena, 42, has made’, and the
                # given name after a Malay lead: ‘Nur Aina Hassan … Aina, a mother of three,’)
            stage = text[max(0, at - 3):at] in ("DJ ", "MC ")
            p = Person(text[at - 3:at] + word if stage else word, roles=[role] if role else [], gender=gender_of(word))
            p.spots.append((at, at + len(word)))  # ("DJ Solstice": the letters are part of a stage name)
            p.named = 1
            self.by_surname[low] = p
        if mononyms:
            self._first_words = None  # (the table by first words is made again, once, with them)
            self._inner_words = None

    def _add_royals(self) -> None:
        """Royals and pontiffs the article names by a style and one name ("King Aldric", "Crown
        Princess Mireille", "Pope Leo"): the style is part of the name they are known by, and
        tells their sex ("the King", "she" find them)."""
        if not any(style in self.text for style in ROYAL_STYLE_WORDS + KNIGHTLY_STYLES):
            return
        for m in RE_ROYAL_MONONYM.finditer(self.text):
            style, word = m.group(1), m.group(2)
            low = word.lower()
            if low in FUNCTION_WORDS or low in NOT_NAMES or low in NOT_NAMES_ALONE or low in ORG_WORDS \
                    or low in PLACE_HEADS or self.common_word(word, m.start(2)) \
                    or self._first_word_people().get(low) is not None \
                    or self.text.startswith((" bin ", " ibn ", " bint ", " al-", " el-"), m.end(2)) \
                    or (style in KNIGHTLY_STYLES and _named_in_full(self.text, m.group())):
                continue  # (never "Duke University", "King Street", "Prince Alwaleed bin Talal"; "Sir
                # John" is Professor Sir John Curtice when the article names him so)
            known = self.by_surname.get(low)
            if known is None:
                known = Person(f"{style} {word}", roles=[style], gender=STYLE_SEX[style.split()[-1].lower()])
                known.titled = True
                self.by_surname[low] = known
                self._first_words = None
            elif known.name != f"{style} {word}":
                continue  # (a surname or a name already known otherwise is theirs)
            known.spots.append((m.start(2), m.end(2)))
            known.named += 1

    def _nicknamed(self, at: int) -> None:
        """A name around a nickname in marks, whose surname starts at ``at``: ‘Stanisław “Stan”
        Kowalczyk’, ‘Dwayne "The Rock" Johnson’ (when the given name or the nickname is a known
        given name)."""
        given = RE_NICKNAME_BEFORE.search(self.text, max(0, at - 48), at)
        surname = RE_SURNAME_WORD.match(self.text, at)  # (an apostrophe's inside: "O’Neill")
        nick = (given.group(2) or given.group(3) or given.group(4)) if given is not None else ""
        suffix = RE_SUFFIX_AFTER_SURNAME.match(self.text, surname.end()) if surname is not None else None
        name_end = suffix.end() if suffix is not None else surname.end() if surname is not None else at
        if given is not None and surname is not None \
                and (gender_of(given.group(1)) is not None or gender_of(nick) is not None
                     or nick.startswith(NICKNAME_ARTICLES)
                     or RE_AGE_AFTER.match(self.text, surname.end()) is not None  # (a person's age set off after
                     # it: ‘Barangay Captain Eleuterio “Toto” Abellana, 61.’)
                     or (not given.group(1).endswith(("’s", "'s", "s’", "s'")) and given.group(1).lower() not in NOT_NAMES
                         and surname.group().lower() not in BUSINESS_WORDS and surname.group().lower() not in ORG_WORDS
                         and (self._speaks_alone_later(surname.group(), surname.end())
                              or self.text.startswith(PERSON_AFTER_NICKNAME, surname.end())))) \
                and not _name_goes_on(self.text, name_end):
            # (a given name no list holds when the surname speaks alone later: ‘Jalen “Juice” Carter
            # ran for 142 yards. … “…,” Carter said’, or a person's clause or cue follows the name:
            # ‘snake catcher Dean ‘Dingo’ Whitford, who relocates snakes, said’)
            words, start = self._titled_before_nickname(given.start(1), given.end(1))
            full = (*words, surname.group(), *((suffix.group(1),) if suffix is not None else ()))
            self._flush(full, start, name_end)  # (with a generational suffix: ‘Rodolfo “Dolfo” Macaraeg Jr.’)
            person = self._people_of.get(full)
            written, nick = nick, _nickname_word(nick)
            if isinstance(person, Person) and nick.isalpha() and nick[:1].isupper() and nick.lower() not in NOT_NAMES \
                    and nick != words[0]:  # (the nickname alone later is the person: ‘Patrick “Paddy” Ruane … Paddy said’)
                if nick != written:  # (never a name of its own: "Miss Dot" is Dorothy Haskins)
                    self._addressed_nicknames.add(given.end(1) + 2)
                key = nick.lower()
                self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
                self._nicknames_written[key] = nick
            elif isinstance(person, Person) and _two_word_nickname(written, words):
                self._nickname_of_two_words(written, person, given.end(1) + 2)

    def _nickname_of_two_words(self, nick: str, person: Person, at: int) -> None:
        """A nickname of two words in marks inside a name, a word before a name (‘David ‘Big Davie’
        Imrie’, ‘Thomas “Wee Tam” Baird’): the run in the marks is no one else, the two words written
        later are the person (‘seconded by Big Davie’), and so is the name alone (‘Davie said’)."""
        pair = tuple(nick.split())
        self._addressed_nicknames.add(at)  # (the run inside the marks is no name of its own)
        self._nickname_pairs[pair] = person if self._nickname_pairs.get(pair, person) is person else None
        if self._people_of.get(pair) is None:
            self._people_of[pair] = person  # (later runs of the two words add to the person's spots)
        key = pair[1].lower()
        if key not in self.by_surname:
            self._nicknames[key] = person if self._nicknames.get(key, person) is person else None
            self._nicknames_written[key] = pair[1]

    def _titled_before_nickname(self, start: int, end: int) -> tuple[tuple[str, ...], int]:
        """The words of the name a capitalised run ending with the given name at ``start``–``end``
        holds (a title with it: ‘Sen. Ramon “Monching” Reyes’, ‘Barangay Captain Eleuterio “Toto”
        Abellana’) and where they start; else the given name alone. The run is then read as part of the
        full name, never as a name of its own (no "Sen. Ramon")."""
        for m in RE_NAME_RUN.finditer(self.text, max(0, start - 60), end):
            if m.end() == end:
                pieces = _name_pieces(m.group())
                if pieces and m.start() + pieces[-1][1] == end and len(pieces[-1][2]) > 1:
                    self._nickname_runs.add(end)
                    return pieces[-1][2], m.start() + pieces[-1][0]
        return (self.text[start:end],), start

    def _speaks_alone_later(self, surname: str, after: int) -> bool:
        """The surname speaks alone somewhere after ``after``: ‘Carter said’, ‘said Carter’, ‘Carter added’,
        or opens a paragraph set off (‘Mahlangu, a former Comets midfielder, …’)."""
        text = self.text
        return any(text.find(surname + cue, after) >= 0 for cue in (" said", " says", " told", " added", " adds")) \
            or any(text.find(cue + surname, after) >= 0 for cue in ("said ", "says ", "added ", "asked ")) \
            or text.find("\n" + surname + ", ", after) >= 0
