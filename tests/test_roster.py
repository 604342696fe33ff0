"""Speakers across documents, and finding them by name."""
from quotesearch import roster


def test_a_description_is_listed_once_with_the_articles_it_speaks_in():
    rows = [("d1", "a spokesman", [], [], 2), ("d2", "a spokesman", [], [], 1), ("d1", "the Kremlin", [], [], 1)]
    people = roster.merge(rows)
    assert sorted((s.name, s.quotes, s.sources) for s in people) == [("a spokesman", 3, 2), ("the Kremlin", 1, 1)]
    assert roster.find(people, "A spokesman").sources == 2


def test_a_speaker_known_by_a_surname_alone_is_found_beside_full_names_with_it():
    people = roster.merge([("d1", "John Smith", ["Smith"], [], 1), ("d2", "Mary Smith", ["Smith"], [], 1),
                           ("d3", "Smith", [], [], 1)])
    assert [s.name for s in people if s.name.endswith("Smith")] == ["John Smith", "Mary Smith", "Smith"]
    found = roster.find(people, "smith")
    assert (found.name, found.sources) == ("Smith", 1)
    assert roster.find(people, "john smith").name == "John Smith"
