"""Speakers across documents: who is one person, who is one anonymous source per article, and
finding them by name."""
from quotesearch import roster


def test_anonymous_sources_are_one_per_article_and_named_bodies_one_everywhere():
    rows = [("d1", "a spokesman", [], [], 2), ("d2", "a spokesman", [], [], 1),
            ("d1", "officials", [], [], 1), ("d2", "officials", [], [], 1),
            ("d1", "the Kremlin", [], [], 1), ("d2", "the Kremlin", [], [], 2)]
    found = sorted((s.name, s.quotes, s.sources) for s in roster.merge(rows))
    assert found == [("a spokesman", 1, 1), ("a spokesman", 2, 1), ("officials", 1, 1), ("officials", 1, 1),
                     ("the Kremlin", 3, 2)]


def test_a_description_finds_its_sources_in_every_article():
    people = roster.merge([("d1", "a spokesman", [], ["Pentagon"], 2), ("d2", "a spokesman", [], [], 1)])
    s = roster.find(people, "A spokesman")
    assert (s.name, s.quotes, s.sources, s.roles) == ("a spokesman", 3, 2, ("Pentagon",))


def test_a_speaker_known_by_a_surname_alone_is_found_beside_full_names_with_it():
    people = roster.merge([("d1", "John Smith", ["Smith"], [], 1), ("d2", "Mary Smith", ["Smith"], [], 1),
                           ("d3", "Smith", [], [], 1)])
    assert [s.name for s in people if s.name.endswith("Smith")] == ["John Smith", "Mary Smith", "Smith"]
    found = roster.find(people, "smith")
    assert (found.name, found.sources) == ("Smith", 1)
    assert roster.find(people, "john smith").name == "John Smith"
