"""Reading documents and their metadata: front matter, sidecar JSON, JSON Lines, HTML, bad input."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import quotesearch
from quotesearch import documents
from quotesearch.cli import cli
from quotesearch.htmlpage import parse_page
from quotesearch.metadata import front_matter, parse_date


def read_all(*paths, encoding=None):
    return list(documents.read([str(p) for p in paths], encoding=encoding))


def read_one(path, encoding=None):
    [result] = read_all(path, encoding=encoding)
    return result


def meta(doc):
    return {k: v for k, v in doc.to_dict().items() if k in ("title", "outlet", "author", "published",
                                                            "url", "accessed") and v is not None}


def check_offsets(doc):
    quotes = quotesearch.extract(doc)
    for q in quotes:
        assert doc.text[q.start:q.end] == q.text
    return quotes


# --- front matter ------------------------------------------------------------------------------

FRONT = """---
title: "Allies meet in Brussels: “We wait and see”"
outlet: The Example Times
authors: [Jane Doe, John Roe]
date: 2025-06-04
url: https://example.org/allies
---
“We are ready,” she said.
"""


def test_front_matter_fields_and_the_text_kept_whole(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(FRONT, encoding="utf-8")
    r = read_one(p)
    assert r.error is None and r.warnings == ()
    doc = r.document
    assert meta(doc) == {"title": "Allies meet in Brussels: “We wait and see”", "outlet": "The Example Times",
                         "author": "Jane Doe; John Roe", "published": "2025-06-04",
                         "url": "https://example.org/allies"}
    assert doc.text == FRONT
    assert doc.text[doc.body_start:].startswith("“We are ready,”")


def test_front_matter_yields_no_quote_and_no_speaker(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(FRONT, encoding="utf-8")
    [q] = check_offsets(read_one(p).document)
    assert q.text == "We are ready," and q.speaker is None  # "she" is not the author of the article
    # offsets point into the file as read, front matter included
    assert p.read_text(encoding="utf-8")[q.start:q.end] == q.text


def test_front_matter_list_items_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"---\r\nauthor:\r\n  - Jane Doe\r\n  - 'John Roe'\r\npublished: June 4, 2025\r\n---\r\nBody\r\n")
    doc = read_one(p).document
    assert meta(doc) == {"author": "Jane Doe; John Roe", "published": "2025-06-04"}
    assert doc.text[doc.body_start:] == "Body\r\n"


def test_front_matter_bad_date_is_reported_with_its_line_and_the_rest_kept(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Talks\ndate: next Tuesday\n---\nBody\n", encoding="utf-8")
    r = read_one(p)
    assert meta(r.document) == {"title": "Talks"}
    assert r.warnings == (f"{p}:3: date: 'next Tuesday' is not a date quotesearch can read "
                          "(write it as YYYY-MM-DD); left empty",)


def test_front_matter_unreadable_line_is_skipped_with_a_warning(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Talks\nthis line is not a field\n---\nBody\n", encoding="utf-8")
    r = read_one(p)
    assert meta(r.document) == {"title": "Talks"}
    assert r.warnings == (f"{p}:3: front matter line is not 'key: value'; skipped",)


def test_front_matter_never_closed_is_read_as_text(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Talks\n“Go,” he said.\n", encoding="utf-8")
    r = read_one(p)
    assert r.document.body_start == 0 and meta(r.document) == {}
    assert "never closed" in r.warnings[0] and r.warnings[0].startswith(f"{p}:1:")
    assert [q.text for q in check_offsets(r.document)] == ["Go,"]


def test_a_leading_rule_is_not_front_matter(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\n“Go,” he said.\n---\n", encoding="utf-8")
    r = read_one(p)
    assert r.warnings == () and r.document.body_start == 0
    assert [q.text for q in check_offsets(r.document)] == ["Go,"]


def test_front_matter_after_a_bom(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes("\ufeff---\ntitle: Talks\n---\n“Go,” he said.".encode("utf-8"))
    doc = read_one(p).document
    assert doc.title == "Talks" and doc.text.startswith("---")


def test_front_matter_on_stdin():
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "-"],
                                input="---\ntitle: “Nope”\n---\n“Go,” he said.".encode("utf-8"))
    [rec] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [q["text"] for q in rec["quotes"]] == ["Go,"]


# --- sidecar -----------------------------------------------------------------------------------

def test_sidecar_json_beside_the_article(tmp_path):
    (tmp_path / "a.txt").write_text("“Go,” he said.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Talks", "publisher": "The Example Times",
                                                 "author": ["Jane Doe"], "published": "2025-06-04T09:00:00Z",
                                                 "accessed": "2025-06-05"}), encoding="utf-8")
    r = read_one(tmp_path / "a.txt")
    assert meta(r.document) == {"title": "Talks", "outlet": "The Example Times", "author": "Jane Doe",
                                "published": "2025-06-04", "accessed": "2025-06-05"}
    assert r.document.text == "“Go,” he said."


def test_sidecar_named_after_the_whole_file_name(tmp_path):
    (tmp_path / "a.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "a.txt.json").write_text('{"title": "Talks"}', encoding="utf-8")
    assert read_one(tmp_path / "a.txt").document.title == "Talks"


def test_sidecar_wins_over_front_matter_field_by_field(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Old\noutlet: Paper\n---\nBody", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": "New"}', encoding="utf-8")
    assert meta(read_one(tmp_path / "a.md").document) == {"title": "New", "outlet": "Paper"}


def test_broken_sidecar_is_reported_with_its_line_and_the_article_read(tmp_path):
    (tmp_path / "a.txt").write_text("“Go,” he said.", encoding="utf-8")
    side = tmp_path / "a.json"
    side.write_text('{\n  "title": "Talks",\n  "date": 2025-06-04\n}', encoding="utf-8")
    r = read_one(tmp_path / "a.txt")
    assert r.error is None and meta(r.document) == {}
    assert r.warnings[0].startswith(f"{side}:3: not valid JSON")


def test_sidecar_bad_values_are_reported_with_their_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Body", encoding="utf-8")
    side = tmp_path / "a.json"
    side.write_text('{\n  "title": "Talks",\n  "date": "2025-13-45",\n  "url": "example.org"\n}',
                    encoding="utf-8")
    r = read_one(tmp_path / "a.txt")
    assert meta(r.document) == {"title": "Talks"}
    assert [w.split(": ")[0] for w in r.warnings] == [f"{side}:3", f"{side}:4"]


def test_sidecar_that_is_not_an_object(tmp_path):
    (tmp_path / "a.txt").write_text("Body", encoding="utf-8")
    (tmp_path / "a.json").write_text('["Talks"]', encoding="utf-8")
    r = read_one(tmp_path / "a.txt")
    assert r.document.text == "Body" and "expected a JSON object" in r.warnings[0]


# --- JSON Lines --------------------------------------------------------------------------------

def trafilatura_record(text, **extra):
    record = {"title": "Talks", "author": "Jane Doe; John Roe", "hostname": "example.org",
              "date": "2025-06-04", "source": "https://example.org/talks", "source-hostname": "The Example Times",
              "filedate": "2025-06-05", "text": text, "id": None}
    record.update(extra)
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_one_document_per_line_with_path_file_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(trafilatura_record("“Go,” he said.") + "\n\n" + json.dumps({"text": "Other"}) + "\n",
                 encoding="utf-8")
    first, second = read_all(p)
    assert first.document.path == f"{p}:1" and second.document.path == f"{p}:3"
    assert first.document.id.endswith("feed.jsonl:1") and first.document.id != second.document.id
    assert meta(first.document) == {"title": "Talks", "outlet": "The Example Times",
                                    "author": "Jane Doe; John Roe", "published": "2025-06-04",
                                    "url": "https://example.org/talks", "accessed": "2025-06-05"}
    assert meta(second.document) == {}
    assert [q.text for q in check_offsets(first.document)] == ["Go,"]


def test_jsonl_ids_are_stable(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(trafilatura_record("A") + "\n" + trafilatura_record("B") + "\n", encoding="utf-8")
    assert [r.document.id for r in read_all(p)] == [r.document.id for r in read_all(p)]


def test_jsonl_broken_line_is_an_error_with_file_and_line_and_the_rest_go_on(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(trafilatura_record("A") + '\n{"text": "broken\n' + trafilatura_record("C") + "\n",
                 encoding="utf-8")
    first, bad, third = read_all(p)
    assert first.document.text == "A" and third.document.text == "C"
    assert str(bad.error).startswith(f"{p}:2: is not valid JSON") and "skipped" in str(bad.error)


def test_jsonl_line_without_text_or_not_an_object(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"title": "No text"}\n[1, 2]\n{"text": 5}\n', encoding="utf-8")
    errors = [str(r.error) for r in read_all(p)]
    assert errors == [f"{p}:1: it has no text field (text, maintext, content, body, article, raw_text); "
                      "this line was skipped",
                      f"{p}:2: is not a JSON object; this line was skipped",
                      f"{p}:3: its 'text' is not a string; this line was skipped"]


def test_jsonl_bad_metadata_is_a_warning_and_the_article_is_read(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n" + trafilatura_record("“Go,” he said.", date="04/06/2025", author=42) + "\n",
                 encoding="utf-8")
    [r] = read_all(p)
    assert r.document.text == "“Go,” he said." and r.document.published is None
    assert len(r.warnings) == 2 and all(w.startswith(f"{p}:2: ") for w in r.warnings)


def test_jsonl_news_please_fields(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"maintext": "Body", "authors": ["Jane Doe", "John Roe"], "title": "Talks",
                             "date_publish": "2025-06-04 10:00:00", "date_download": "2025-06-05 11:00:00",
                             "url": "https://example.org/t", "source_domain": "example.org"}) + "\n",
                 encoding="utf-8")
    [r] = read_all(p)
    assert meta(r.document) == {"title": "Talks", "author": "Jane Doe; John Roe", "published": "2025-06-04",
                                "url": "https://example.org/t", "accessed": "2025-06-05"}


def test_extract_reports_jsonl_paths_as_file_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(trafilatura_record("“Go,” he said.") + "\n{oops\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(p)])
    [rec] = [json.loads(line) for line in result.stdout.splitlines()]
    assert rec["path"] == f"{p}:1" and rec["quotes"][0]["text"] == "Go,"
    assert result.exit_code == 1 and f"Error: {p}:2: is not valid JSON" in result.stderr


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Allies meet in Brussels | The Example Times</title>
<meta property="og:title" content="Allies meet in Brussels">
<meta property="og:site_name" content="The Example Times">
<meta property="article:published_time" content="2025-06-04T09:30:00+02:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.org/allies">
<script>var quote = "“not text”";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">“World”</a></nav>
<article>
<h1>Allies meet in Brussels</h1>
<p class="byline">By Jane Doe · <time datetime="2025-06-03">June 3</time></p>
<p>BRUSSELS &mdash; &ldquo;We wait and see,&rdquo; said Boris Pistorius,
   Germany&rsquo;s defense minister.</p>
<figure><img src="a.jpg"><figcaption>“Caption,” not a quote.</figcaption></figure>
<p>“In the future, we will see,” he added.<br>A new line.</p>
<aside>“Related story,” it said.</aside>
</article>
<footer>© The Example Times</footer>
</body>
</html>
"""


def test_html_article_text_and_metadata(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(PAGE, encoding="utf-8")
    r = read_one(p)
    assert r.warnings == ()
    assert meta(r.document) == {"title": "Allies meet in Brussels", "outlet": "The Example Times",
                                "author": "Jane Doe", "published": "2025-06-04",
                                "url": "https://example.org/allies"}
    assert r.document.text == (
        "Allies meet in Brussels\n\nBy Jane Doe · June 3\n\n"
        "BRUSSELS — “We wait and see,” said Boris Pistorius, Germany’s defense minister.\n\n"
        "“In the future, we will see,” he added.\n\nA new line.")
    quotes = check_offsets(r.document)
    assert [(q.text, q.speaker) for q in quotes] == [("We wait and see,", "Boris Pistorius"),
                                                     ("In the future, we will see,", "Boris Pistorius")]


def test_html_json_ld_and_time_when_no_meta_tags(tmp_path):
    p = tmp_path / "a.htm"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Site"},
        {"@type": "NewsArticle", "headline": "Talks", "datePublished": "2025-06-04",
         "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
         "publisher": {"@type": "Organization", "name": "The Example Times"}}]}
    p.write_text(f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
                 '<body><main><p>Body</p></main><p>Footer text</p></body></html>', encoding="utf-8")
    r = read_one(p)
    assert meta(r.document) == {"title": "Talks", "outlet": "The Example Times", "author": "Jane Doe; John Roe",
                                "published": "2025-06-04"}
    assert r.document.text == "Body"


def test_html_time_element_and_title_tag_alone(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<title>Talks</title><body><article><p><time datetime='2025-06-04T08:00'>today</time></p>"
                 "<p>Body</article>", encoding="utf-8")
    assert meta(read_one(p).document) == {"title": "Talks", "published": "2025-06-04"}


def test_html_broken_metadata_is_reported_with_lines_and_the_page_read(tmp_path):
    p = tmp_path / "a.html"
    p.write_text('<html><head>\n<meta property="article:published_time" content="last week">\n'
                 '<script type="application/ld+json">{"@type": "NewsArticle",</script>\n'
                 '</head><body><p>“Go,” he said.</body></html>', encoding="utf-8")
    r = read_one(p)
    assert r.document.text == "“Go,” he said." and r.document.published is None
    assert r.warnings[0].startswith(f"{p}:3: JSON-LD metadata is not valid JSON")
    assert r.warnings[1].startswith(f"{p}:2: article:published_time: 'last week' is not a date")


def test_html_unclosed_and_stray_tags_lose_no_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<body><div><p>One<p>Two</span></div><ul><li>Three<li>Four</ul><div><nav>Menu</div>"
                 "<p>Five", encoding="utf-8")  # the <nav> left open ends with its <div>
    assert read_one(p).document.text == "One\n\nTwo\n\nThree\n\nFour\n\nFive"


def test_html_in_a_declared_charset(tmp_path):
    p = tmp_path / "a.html"
    p.write_bytes('<meta charset="windows-1252"><p>“Café,” she said.</p>'.encode("cp1252"))
    r = read_one(p)
    assert r.error is None and r.document.text == "“Café,” she said."


def test_html_in_an_undeclared_charset_needs_encoding(tmp_path):
    p = tmp_path / "a.html"
    p.write_bytes("<p>“Café,” she said.</p>".encode("cp1252"))
    assert "--encoding" in str(read_one(p).error)
    assert read_one(p, encoding="cp1252").document.text == "“Café,” she said."


# --- text itself, bad files, folders -----------------------------------------------------------

def test_a_dateline_is_a_place_not_an_outlet_and_no_date_is_guessed(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("WASHINGTON (AP) — On Friday, June 4, 2025, “Go,” he said.\n", encoding="utf-8")
    assert meta(read_one(p).document) == {}


def test_a_byline_alone_on_its_line_names_the_authors(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Allies meet\nBy Jane Doe and John Roe\n\nBRUSSELS — Text.\n", encoding="utf-8")
    assert meta(read_one(p).document) == {"author": "Jane Doe; John Roe"}
    p.write_text("By the numbers\nBy Jane Doe, Reuters\n", encoding="utf-8")
    assert meta(read_one(p).document) == {}


@pytest.mark.parametrize("name,data,encoding,expected", [
    ("blob.txt", b"\x00\x01binary", None, "looks like a binary file (it holds NUL bytes); give a text file"),
    ("blob.jsonl", b'{"text": "a"}\x00', None, "looks like a binary file (it holds NUL bytes); give a text file"),
    ("latin.txt", "“Café”".encode("cp1252"), None, "is not valid utf-8 (byte 0); if it is in another "
                                                    "encoding, name it with --encoding (e.g. cp1252)"),
    ("latin.txt", "“Café”".encode("cp1252"), "nope-8", "unknown encoding 'nope-8'"),
])
def test_unreadable_files_are_named(tmp_path, name, data, encoding, expected):
    p = tmp_path / name
    p.write_bytes(data)
    r = read_one(p, encoding=encoding)
    assert r.document is None and str(r.error) == f"{p}: {expected}"


@pytest.mark.parametrize("data,encoding,expected", [
    ("It’s".encode("utf-8"), "cp1252", "It’s"),  # a UTF-8 file stays UTF-8 whatever --encoding says
    ("\ufeffIt’s".encode("utf-8"), "cp1252", "It’s"),
    ("It’s".encode("cp1252"), "windows-1252", "It’s"),
    ("It’s".encode("utf-16"), "utf-16", "It’s"),
    ("It’s".encode("utf-16-le"), "UTF-16LE", "It’s"),
    ("It’s".encode("utf-32"), "utf-32", "It’s"),
    ("It’s".encode("utf-16"), "cp1252", "It’s"),  # a UTF-16 byte order mark decides
    ("It’s".encode("utf-32"), "utf-16", "It’s"),
])
def test_encoding_is_a_fallback_for_files_that_are_not_utf8(tmp_path, data, encoding, expected):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    assert read_one(p, encoding=encoding).document.text == expected


@pytest.mark.parametrize("data,encoding,expected", [
    ("It’s".encode("utf-16"), None, "holds NUL bytes and starts like a UTF-16 file; if it is one, read it with "
                                    "--encoding utf-16"),
    (b"\x00\x01binary", "cp1252", "looks like a binary file (it holds NUL bytes); give a text file"),
    (b"ok \x81\xff", "cp1252", "is neither utf-8 nor cp1252 (byte 3)"),
    (b"\xff\xfe\x00\xd8", "utf-16", "is not valid utf-16 (byte 2)"),  # a lone surrogate
    ("It’s".encode("utf-8"), "nope-8", "unknown encoding 'nope-8'"),
])
def test_files_that_the_fallback_encoding_cannot_read_either(tmp_path, data, encoding, expected):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    r = read_one(p, encoding=encoding)
    assert r.document is None and str(r.error) == f"{p}: {expected}"


def test_cp1252_with_encoding_and_jsonl_too(tmp_path):
    (tmp_path / "latin.txt").write_bytes("“Café,” she said.".encode("cp1252"))
    (tmp_path / "latin.jsonl").write_bytes(json.dumps({"text": "Café"}, ensure_ascii=False).encode("cp1252"))
    texts = [r.document.text for r in read_all(tmp_path, encoding="cp1252")]
    assert texts == ["Café", "“Café,” she said."]


def test_empty_files_of_every_kind(tmp_path):
    for name in ("a.txt", "b.html", "c.jsonl"):
        (tmp_path / name).write_bytes(b"")
    results = read_all(tmp_path)
    assert [r.error for r in results] == [None, None]
    assert [r.document.text for r in results] == ["", ""]  # an empty JSON Lines file has no records


def test_folders_read_html_and_jsonl_but_not_sidecars(tmp_path):
    for name in ("a.txt", "a.json", "b.html", "c.jsonl", "d.csv", ".hidden.txt"):
        (tmp_path / name).write_text('{"text": "x"}' if name.endswith("l") else "x", encoding="utf-8")
    assert [Path(r.document.path.split(":")[0]).name for r in read_all(tmp_path)] == ["a.txt", "b.html", "c.jsonl"]


def test_parse_date_is_strict():
    assert parse_date("2024-02-29") == "2024-02-29"
    for bad in ("2025-02-30", "yesterday", "", "0", "12/31/2025", "Smarch 4, 2025", True):
        with pytest.raises(ValueError):
            parse_date(bad)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("-:\n\r ab“”\"'[],.#")), max_size=80))
def test_front_matter_never_fails_and_stays_in_the_text(text):
    fm = front_matter("---\n" + text, "x")
    if fm is not None:
        assert 0 <= fm.body_start <= len(text) + 4


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' pabrticlemtaj{}“”\n")), max_size=120))
def test_html_parser_never_fails(source):
    page = parse_page(source, "x")
    assert isinstance(page.text, str)


def test_a_changed_sidecar_changes_the_fingerprint_but_not_the_id(tmp_path):
    (tmp_path / "a.txt").write_text("Body", encoding="utf-8")
    before = read_one(tmp_path / "a.txt").document
    (tmp_path / "a.json").write_text('{"title": "Talks"}', encoding="utf-8")
    after = read_one(tmp_path / "a.txt").document
    assert after.id == before.id and after.sha256 != before.sha256
