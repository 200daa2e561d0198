"""Document readers: real files in, exact text, metadata, language and hash out.

PDFs are written here by hand (a few objects and an xref table) so the tests depend on no
PDF generator; the 50 MB file is generated and read with its memory measured.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from liability_graph.errors import InputError
from liability_graph.graph.model import Document, Entity, content_hash
from liability_graph.loaders import documents
from liability_graph.loaders.base import LoadContext, loader_for
from liability_graph.loaders.curated import FileErrors, load_json
from liability_graph.loaders.documents import (
    MissingExtra,
    document_facts,
    load_jsonl,
    load_pdf,
    load_text,
    read_html_file,
    read_pdf_file,
    read_text_file,
)
from liability_graph.loaders.ingest import ingest
from liability_graph.loaders.languages import detect_language
from liability_graph.loaders.readers import textstream
from liability_graph.loaders.readers.metadata import read_header
from liability_graph.loaders.readers.textstream import ContentHasher, iter_chunks

DATA = Path(__file__).parent / "data" / "readers"
LOGGER = "liability_graph.loaders.documents"


# -- files made here --------------------------------------------------------------------


def make_pdf(pages: list[bytes], info: bytes | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica font, one content stream per page."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for content in pages:
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    if info:
        objects.append(info)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objects) + 1)
    if info:
        trailer += b" /Info %d 0 R" % len(objects)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def text_page(*lines: str) -> bytes:
    shown = b"".join(
        b"(%s) Tj T*\n" % line.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
        for line in lines
    )
    return b"BT /F1 12 Tf 14 TL 72 720 Td\n" + shown + b"ET"


# A grey rectangle and a 2x2 inline image: what a scan looks like, without any text.
DRAWING_PAGE = (
    b"0.5 g 100 100 300 400 re f\n"
    b"q 50 0 0 50 200 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"
)
PDF_LINES = (
    "Salesforce leverde software aan de zoekertjessite Backpage.",
    "Vijftig vrouwen hebben het bedrijf daarvoor aangeklaagd.",
)
PDF_PAGE_2 = "De rechtbank in San Francisco behandelt de zaak van de vrouwen."
PDF_INFO = b"<< /Title (Salesforce aangeklaagd) /Author (Els Voorbeeld) >>"


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


CP1252_TEXT = (
    "Salesforce betaalde naar verluidt \u201cgeen cent\u201d terug aan de slachtoffers.\n"
    "De schade wordt op 2 miljoen \u20ac geschat, zegt het caf\u00e9, en de zaak loopt nog.\n"
)
BOM_TEXT = (
    "Backpage was seized by the United States in 2018.\n"
    "Its founders were arrested, and the site is now offline.\n"
)


# -- plain text and metadata ------------------------------------------------------------


def test_seed_header_is_metadata_and_offsets_index_the_full_text(seed_path):
    read = read_text_file(seed_path)
    full = seed_path.read_bytes().decode("utf-8")
    doc = read.document
    assert (doc.published, doc.author, doc.kind, doc.language) == (
        "2019-04",
        "Els Bellens",
        "news",
        "nl",
    )
    assert read.metadata.author_role == "redactrice bij Data News"
    assert read.encoding == "utf-8"
    assert doc.content_hash == content_hash(full)
    assert doc.source == str(seed_path)
    assert doc.title.startswith("Salesforce.com wordt in de Verenigde Staten aangeklaagd")
    # The header stays in the stored text; the body (what extraction sees) starts after it.
    assert read.text() == full
    header, body = full[: read.body_offset], full[read.body_offset :]
    assert "2019-04" in header and "Els Bellens" in header and header.endswith("\n")
    assert body.startswith("Salesforce.com wordt")
    chunks = list(read.chunks())
    assert chunks == [(read.body_offset, body)]


def test_markdown_front_matter_gives_metadata_and_body_offset():
    path = DATA / "article.md"
    read = read_text_file(path)
    text = path.read_text(encoding="utf-8")
    doc = read.document
    assert doc.title == "Vendor sued over a classifieds platform"
    assert doc.url == "https://example.org/news/vendor-sued"
    assert (doc.published, doc.language, doc.author) == ("2019-03-29", "en", "Jane Doe")
    assert (doc.kind, doc.source) == ("document", str(path))
    assert read.detected is None  # the stated language is used, not detected
    assert read.text() == text
    assert text[read.body_offset :].startswith("# Vendor sued over a classifieds platform\n")
    assert doc.content_hash == content_hash(text)


def test_header_lines_are_consumed_only_when_wholly_understood():
    meta = read_header("By Jane Smith, reporter\n\nBody.", "x")
    assert (meta.author, meta.author_role, meta.kind, meta.body_offset) == (
        "Jane Smith",
        "reporter",
        "news",
        25,
    )
    meta = read_header("date 2019-04 Something happened that day.\nMore.", "x")
    assert (meta.published, meta.body_offset) == (None, 0)
    meta = read_header("Backpage is een ondertussen ter ziele gegane site.\n", "x")
    assert (meta.author, meta.body_offset) == (None, 0)
    with pytest.raises(InputError, match="published must be YYYY") as err:
        read_header("---\ntitle: T\npublished: 29 March\n---\nBody", "f.md")
    assert err.value.line == 3


def test_cp1252_fallback_is_reported(tmp_path, caplog):
    path = write(tmp_path / "cp1252.txt", CP1252_TEXT.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        read = read_text_file(path)
    assert read.encoding == "cp1252"
    assert read.text() == CP1252_TEXT
    assert read.document.content_hash == content_hash(CP1252_TEXT)
    assert read.document.language == "nl"
    assert f"{path}: not UTF-8 (line 1), read as cp1252" in caplog.text


def test_utf8_bom_and_crlf_hash_like_plain_utf8(tmp_path):
    bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BOM_TEXT.replace("\n", "\r\n").encode())
    plain = write(tmp_path / "plain.txt", BOM_TEXT)
    read = read_text_file(bom)
    assert read.encoding == "utf-8-sig"
    assert read.text() == BOM_TEXT  # no BOM, no CR: offsets index this
    assert read.document.language == "en"
    assert read.document.key == read_text_file(plain).document.key


def test_third_language_is_stored_but_not_extracted(caplog):
    path = DATA / "french.txt"
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        facts = load_text(path, LoadContext())
    assert len(facts) == 1
    assert facts[0].language == "fr"
    assert "language 'fr'; extraction supports de, en, nl" in caplog.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Salesforce is being sued in the United States for the work it did for Backpage.", "en"),
        ("Salesforce wordt aangeklaagd voor het werk dat het deed voor de site Backpage.", "nl"),
        (
            "Salesforce wird verklagt, weil das Unternehmen für die Seite Backpage gearbeitet hat.",
            "de",
        ),
        (
            "Salesforce est poursuivi pour le travail qu'il a fait pour le site Backpage et les autres.",
            "fr",
        ),
        ("Backpage Salesforce", None),
        ("Backpage, Salesforce, Craigslist, Google, Facebook, Visa, Mastercard, Amazon", None),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text).language == language


# -- bad text input ---------------------------------------------------------------------


def test_binary_empty_and_undecodable_files_name_file_and_line(tmp_path):
    binary = write(tmp_path / "binary.txt", b"line one\nline two\nthree\x00\x01\x02")
    with pytest.raises(InputError, match="binary file") as err:
        read_text_file(binary)
    assert (err.value.path, err.value.line) == (str(binary), 3)
    with pytest.raises(InputError, match=r": empty file$"):
        read_text_file(write(tmp_path / "empty.txt", b""))
    with pytest.raises(InputError, match="only whitespace"):
        read_text_file(write(tmp_path / "blank.txt", " \n\t\r\n \u00a0\n"))
    bad = write(tmp_path / "bad.txt", b"fine\n\x81 is neither UTF-8 nor cp1252\n")
    with pytest.raises(InputError, match="nor in cp1252") as err:
        read_text_file(bad)
    assert err.value.line == 2
    header_only = write(tmp_path / "header.txt", "date 2019-04 Jan Peeters is journalist bij X.\n")
    with pytest.raises(InputError, match="no text after the header") as err:
        read_text_file(header_only)


# -- HTML -------------------------------------------------------------------------------

PAGE_TEXT = """\
Salesforce aangeklaagd om werk voor Backpage

Door Els Voorbeeld

Vijftig vrouwen hebben een aanklacht ingediend tegen Salesforce. Ze verwijten het bedrijf \
dat het Backpage hielp groeien.

De zoekertjessite Backpage is offline.

Het bedrijf zegt dat het de beschuldigingen ernstig neemt & geen commentaar geeft op \
lopende zaken.
Een uitspraak volgt later.

Aanklacht: maart 2019
Rechtbank: San Francisco"""


def test_html_main_text_without_boilerplate():
    read = read_html_file(DATA / "page.html")
    doc = read.document
    assert read.text() == PAGE_TEXT
    assert doc.title == "Salesforce aangeklaagd om werk voor Backpage"
    assert doc.url == "https://example.org/nieuws/salesforce-backpage"
    assert (doc.published, doc.language, doc.author) == ("2019-04-02", "nl", "Els Voorbeeld")
    assert doc.content_hash == content_hash(PAGE_TEXT)
    assert read.encoding == "utf-8"


def test_html_full_of_scripts_keeps_only_text(tmp_path):
    read = read_html_file(DATA / "scripts.html")
    assert read.text() == (
        "Backpage was a classifieds site that the United States seized in 2018.\n\n"
        "It is now offline."
    )
    assert read.document.language == "en"
    with pytest.raises(InputError, match="no text in the page once scripts"):
        read_html_file(DATA / "only-scripts.html")
    deep = write(tmp_path / "deep.html", "<div>" * 5_000 + "Diep genest." + "</div>" * 5_000)
    assert read_html_file(deep).text() == "Diep genest."


def test_html_in_cp1252_without_declared_charset(tmp_path):
    markup = "<html><body><p>" + CP1252_TEXT + "</p></body></html>"
    read = read_html_file(write(tmp_path / "legacy.htm", markup.encode("cp1252")))
    assert read.encoding == "cp1252"
    assert read.text() == " ".join(CP1252_TEXT.split())


# -- PDF --------------------------------------------------------------------------------


def test_pdf_text_layer(tmp_path):
    pdf = write(
        tmp_path / "filing.pdf",
        make_pdf([text_page(*PDF_LINES), text_page(PDF_PAGE_2)], info=PDF_INFO),
    )
    read = read_pdf_file(pdf)
    expected = "\n".join(PDF_LINES) + "\n\n" + PDF_PAGE_2
    assert read.text() == expected
    doc = read.document
    assert (doc.title, doc.author, doc.language) == (
        "Salesforce aangeklaagd",
        "Els Voorbeeld",
        "nl",
    )
    assert doc.content_hash == content_hash(expected)


def test_pdf_without_text_layer_or_broken(tmp_path):
    scan = write(tmp_path / "scan.pdf", make_pdf([DRAWING_PAGE, DRAWING_PAGE]))
    with pytest.raises(InputError, match=r"no text layer \(scanned PDF\?\)") as err:
        read_pdf_file(scan)
    assert err.value.path == str(scan)
    with pytest.raises(InputError, match="not a readable PDF"):
        read_pdf_file(write(tmp_path / "broken.pdf", b"%PDF-1.4\nthis is not a PDF body\n"))


def test_a_missing_dependency_is_a_clear_error(tmp_path, monkeypatch, embedded_store):
    folder = tmp_path / "docs"
    folder.mkdir()
    pdf = write(folder / "filing.pdf", make_pdf([text_page(*PDF_LINES)]))
    write(folder / "page.html", "<p>Backpage is offline.</p>")
    monkeypatch.setitem(sys.modules, "pypdf", None)  # what a broken install sees
    monkeypatch.setitem(sys.modules, "selectolax", None)
    assert loader_for(pdf) is load_pdf
    with pytest.raises(MissingExtra, match="which is missing: reinstall liability-graph"):
        load_pdf(pdf, LoadContext())
    report = ingest(embedded_store, [folder], reference=False)
    reasons = sorted((Path(s.path).name, s.reason) for s in report.skipped)
    assert reasons == [
        (
            "filing.pdf",
            "reading PDF needs the pypdf package, which is missing: reinstall liability-graph",
        ),
        (
            "page.html",
            "reading HTML needs the selectolax package, which is missing: reinstall liability-graph",
        ),
    ]


# -- article records --------------------------------------------------------------------


def test_article_json_via_the_curated_json_loader():
    facts = load_json(DATA / "article.json", LoadContext())
    doc = facts[0]  # then what open-world extraction finds without any known names
    assert isinstance(doc, Document)
    record = json.loads((DATA / "article.json").read_text())
    assert (doc.title, doc.url, doc.published, doc.author, doc.language, doc.kind) == (
        "Backpage seized",
        "https://example.org/backpage-seized",
        "2018-04-06",
        "John Roe",
        "en",
        "article",
    )
    assert doc.content_hash == content_hash(record["text"])


def test_article_json_list_reports_each_bad_record(tmp_path):
    good = {"title": "A", "text": "Backpage was seized by the United States government."}
    path = write(
        tmp_path / "list.json", json.dumps([good, {"title": "B"}, {**good, "published": "May"}])
    )
    with pytest.raises(FileErrors) as err:
        load_json(path, LoadContext())
    assert [e.reason for e in err.value.errors] == [
        "record 2: not an article record: 'text' is missing or empty (curated facts need "
        "sources, entities or relationships)",
        "record 3: published must be YYYY, YYYY-MM or YYYY-MM-DD, not 'May'",
    ]
    with pytest.raises(InputError, match="not an article record"):
        load_json(write(tmp_path / "other.json", '{"foo": 1}'), LoadContext())


def test_jsonl_records_and_bad_lines():
    facts = load_jsonl(DATA / "articles.jsonl", LoadContext())
    first, second = [f for f in facts if isinstance(f, Document)]
    assert (first.title, first.language, first.source) == (
        "Vendor sued",
        "en",
        f"{DATA / 'articles.jsonl'}:1",
    )
    assert (second.title, second.language, second.published, second.source) == (
        "Salesforce aangeklaagd",
        "nl",
        "2019-04",
        f"{DATA / 'articles.jsonl'}:3",
    )
    with pytest.raises(FileErrors) as err:
        load_jsonl(DATA / "bad-records.jsonl", LoadContext())
    assert [(e.line, e.reason.split(":")[0]) for e in err.value.errors] == [
        (2, "malformed JSON"),
        (3, "not an article record"),
    ]


# -- streaming, hashing, chunking -------------------------------------------------------


@pytest.mark.parametrize("long_line", [False, True])
def test_streaming_hash_equals_content_hash(long_line, monkeypatch):
    if long_line:  # cut lines into pieces almost at once, as in a line of megabytes
        monkeypatch.setattr(textstream, "_NFC_HOLD", 3)
    rng = random.Random(4)
    alphabet = ["a", "e", "\u0301", "\u0308", " ", "\n", "\r", "\r\n", "\t", "\u00a0", "é"]
    alphabet += ["\u1100", "\u1161", "\u11a8", "\uac00", "\u0b47", "\u0b3e", "\u4e2d", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        hasher, start = ContentHasher(), 0
        while start < len(text):
            end = start + rng.randint(1, 6)
            hasher.update(text[start:end])
            start = end
        assert hasher.hexdigest() == content_hash(text), repr(text)


def test_chunks_are_slices_of_the_text_cut_at_paragraphs():
    text = "Header line\n\n" + "".join(f"Paragraph {i} says something.\n\n" for i in range(50))
    pieces = [text[i : i + 37] for i in range(0, len(text), 37)]
    chunks = list(iter_chunks(pieces, start=13, size=200))
    assert chunks[0][0] == 13
    for offset, chunk in chunks:
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk) <= 200 and chunk.endswith("\n\n")
    assert "".join(chunk for _, chunk in chunks) == text[13:]


def test_extractor_gets_body_chunks_with_absolute_offsets(seed_path, monkeypatch):
    calls = []

    def extract(text, document, context, *, offset=0, language=None):
        calls.append((text, offset, language, document.key))
        return []

    monkeypatch.setattr(documents, "_extractor", lambda where: extract)
    read = read_text_file(seed_path)
    assert document_facts(read, LoadContext()) == [read.document]
    full = read.text()
    assert [(full[o : o + len(t)] == t, o, lang) for t, o, lang, _ in calls] == [
        (True, read.body_offset, "nl")
    ]
    assert calls[0][3] == read.document.key


def _write_large(path: Path, megabytes: int) -> tuple[str, int]:
    """A text file of about `megabytes` MB with a header line; its hash and length."""
    paragraph = (
        "het platform en de leverancier werkten samen aan de database, volgens de klacht. " * 10
    ).strip() + "\n\n"
    digest, length = hashlib.sha256(), 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for part in ["date 2020-01-02 Jan Peeters is journalist bij de krant.\n\n"]:
            out.write(part)
            digest.update(part.encode())
            length += len(part)
        while length < megabytes * 2**20:
            out.write(paragraph)
            digest.update(paragraph.encode())
            length += len(paragraph)
        out.write("Einde.")
        digest.update(b"Einde.")
    return digest.hexdigest(), length + len("Einde.")


@pytest.mark.slow
def test_50_mb_text_file_is_read_in_bounded_memory(tmp_path):
    path = tmp_path / "large.txt"
    digest, length = _write_large(path, 50)
    tracemalloc.start()
    try:
        read = read_text_file(path)
        chunks, end = 0, 0
        for offset, chunk in read.chunks():
            assert offset == end or end == 0
            chunks, end = chunks + 1, offset + len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read.document.content_hash == digest  # ASCII, no outer whitespace: plain SHA-256
    assert (read.document.author, read.document.published) == ("Jan Peeters", "2020-01-02")
    assert (end, chunks > 150) == (length, True)
    assert peak < 32 * 2**20, f"peak traced memory {peak / 2**20:.1f} MB"

    # The whole loader (with extraction, when installed), in a fresh process: RSS growth.
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from liability_graph.loaders.base import LoadContext\n"
        "from liability_graph.loaders.documents import load_text\n"
        "context = LoadContext()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "facts = load_text(Path(sys.argv[1]), context)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print((after - before) // 1024, facts[0].content_hash)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    growth_mb, hashed = done.stdout.split()
    assert hashed == digest
    assert int(growth_mb) < 200, f"RSS grew by {growth_mb} MB"


# -- a folder of good and bad files through ingest --------------------------------------

HOSTILE_NAMES = [
    "-rf --no-preserve-root.txt",
    'it\'s a "quoted" name.md',
    "naïve café ☕ notes.txt",
    "  spaces  around  .txt",
]


def _folder(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "in put"
    folder.mkdir()
    for name in ("article.md", "page.html", "scripts.html", "french.txt", "article.json"):
        shutil.copy(DATA / name, folder / name)
    shutil.copy(DATA / "articles.jsonl", folder / "two records.jsonl")
    shutil.copy(DATA / "bad-records.jsonl", folder / "bad-records.jsonl")
    shutil.copy(DATA / "only-scripts.html", folder / "only-scripts.html")
    shutil.copy(seed_path, folder / "seed article.txt")
    write(folder / "filing.pdf", make_pdf([text_page(*PDF_LINES)], info=PDF_INFO))
    write(folder / "scan.pdf", make_pdf([DRAWING_PAGE]))
    write(folder / "broken.pdf", b"%PDF-1.4\nnot really\n")
    write(folder / "cp1252.txt", CP1252_TEXT.encode("cp1252"))
    write(folder / "bom.txt", b"\xef\xbb\xbf" + BOM_TEXT.replace("\n", "\r\n").encode())
    write(folder / "empty.txt", b"")
    write(folder / "binary.txt", b"looks like text\nbut\n\x00\x01\x02\x03")
    write(folder / "undecodable.txt", b"fine\nnot \x81 fine\n")
    _write_large(folder / "large.txt", 3)
    for number, name in enumerate(HOSTILE_NAMES):
        write(folder / name, f"Backpage note {number}: the site was seized by the government.")
    raw_name = (str(folder).encode() + b"/caf\xe9 latin-1 name.txt").decode(
        "utf-8", "surrogateescape"
    )
    write(Path(raw_name), "Backpage note: a file whose name is not UTF-8.")
    return folder


GOOD = [
    "article.md", "page.html", "scripts.html", "french.txt", "article.json", "two records.jsonl",
    "seed article.txt", "filing.pdf", "cp1252.txt", "bom.txt", "large.txt", *HOSTILE_NAMES,
    "caf\udce9 latin-1 name.txt",
]  # fmt: skip
BAD = {
    ("bad-records.jsonl", 2, "malformed JSON: Expecting ',' delimiter"),
    ("bad-records.jsonl", 3, "not an article record: 'text' is missing or empty"),
    ("only-scripts.html", None, "no text in the page once scripts, styles and navigation"),
    ("scan.pdf", None, "no text layer (scanned PDF?)"),
    ("broken.pdf", None, "not a readable PDF"),
    ("empty.txt", None, "empty file"),
    ("binary.txt", 3, "binary file (contains NUL bytes), not text"),
    ("undecodable.txt", 2, "not text in UTF-8"),
}


def _documents(store) -> dict[str, Entity]:
    return {e.key: e for e in store.iter_entities("Document")}


def test_ingest_folder_stores_good_files_and_reports_bad_ones(tmp_path, seed_path, embedded_store):
    folder = _folder(tmp_path, seed_path)
    report = ingest(embedded_store, [folder], reference=False)

    skipped = {(Path(s.path).name, s.line, s.reason) for s in report.skipped}
    assert {(name, line) for name, line, _ in skipped} == {(n, line) for n, line, _ in BAD}
    for name, line, reason in BAD:
        assert any(s[:2] == (name, line) and s[2].startswith(reason) for s in skipped), name
    assert report.documents_read == len(GOOD)

    stored = _documents(embedded_store)
    for name in GOOD:
        path = folder / name
        loader = loader_for(path)
        assert loader is not None, name
        for doc in loader(path, LoadContext())[:1]:
            assert doc.key in stored, name
            assert stored[doc.key].properties["content_hash"] == doc.content_hash
    expected_records = 2  # the .jsonl holds two documents
    assert len(stored) == len(GOOD) - 1 + expected_records
    seed_doc = next(
        e for e in stored.values() if e.properties["source"].endswith("seed article.txt")
    )
    assert (seed_doc.properties["author"], seed_doc.properties["published"]) == (
        "Els Bellens",
        "2019-04",
    )
    odd = next(e for e in stored.values() if "latin-1 name" in e.properties["source"])
    assert odd.properties["source"].endswith("caf\ufffd latin-1 name.txt")

    again = ingest(embedded_store, [folder], reference=False)
    assert _documents(embedded_store) == stored  # idempotent: same keys, same properties
    assert len(again.skipped) == len(report.skipped)
