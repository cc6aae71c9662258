"""Files the returned-file reader refuses: one French sentence naming the file, nothing else."""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import subprocess
import threading
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest
from lxml import etree

from deliberation.errors import ReviewFileError
from deliberation.review import docx_package
from deliberation.review.docx_reader import (
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    ReturnedDocument,
    read_review,
    read_review_bytes,
)

from .wordxml import (
    MAIN_TYPE,
    WORD_NAMESPACES,
    Comment,
    build_docx,
    declare_size,
    ole_file,
    paragraph,
    run,
    zip_of,
)

NAME = "avis-retour.docx"
GOOD = build_docx([paragraph("Le comité recommande.")])
T = TypeVar("T")


def refusal(read: Callable[[], ReturnedDocument], name: str = NAME) -> str:
    """The sentence a refused file gives: French, one sentence, naming the file."""
    with pytest.raises(ReviewFileError) as caught:
        read()
    message = str(caught.value)
    assert f"« {name} »" in message
    assert message.endswith(".") and "\n" not in message
    assert message.count(". ") == 0, message  # one sentence
    # Nothing of lxml's, zipfile's or the system's English.
    assert not re.search(
        r"Error|Traceback|line \d|column|[Ff]ile is not|[Nn]o such|Permission|"
        r"[Ee]ntity|[Tt]runcated|CRC|[Bb]ad ",
        message,
    ), message
    return message


def traced(action: Callable[[], T]) -> tuple[T, int]:
    """What `action` returns and the peak of the memory it allocated (Python's allocator, which
    holds what a file or a zip member read or inflated takes)."""
    tracemalloc.start()
    try:
        return action(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refused_bytes(data: bytes, *fragments: str) -> str:
    message = refusal(lambda: read_review_bytes(data, NAME))
    for fragment in fragments:
        assert fragment in message, message
    return message


def with_main(document_xml: str | bytes) -> bytes:
    """The good file with another word/document.xml."""
    raw = document_xml.encode() if isinstance(document_xml, str) else document_xml
    return build_docx([paragraph("x")], extra={"word/document.xml": raw})


# -- not a Word document ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Bonjour,\nvoici mes remarques.\n",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        GOOD[: len(GOOD) // 2],  # a download cut short
        b"PK\x03\x04" + b"\0" * 100,
    ],
    ids=["empty", "text", "pdf", "truncated", "zip-header-only"],
)
def test_what_is_not_a_zip_is_not_a_word_document(data: bytes) -> None:
    refused_bytes(data, "n'est pas un document Word (.docx)")


def test_a_workbook_is_not_a_word_document(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Position"
    book.save(tmp_path / "positions.xlsx")
    message = refusal(lambda: read_review(tmp_path / "positions.xlsx"), "positions.xlsx")
    assert "n'est pas un document Word (.docx)" in message


@pytest.mark.parametrize(
    "members",
    [
        {  # an OpenDocument text
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": '<office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0"/>',
            "META-INF/manifest.xml": "<manifest/>",
        },
        {"notes.txt": "des notes"},  # any archive
        {  # a package whose main part is not a Word document
            "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
            'org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"'
            "/></Relationships>",
            "ppt/presentation.xml": '<p:presentation xmlns:p="http://schemas.openxmlformats.org/'
            'presentationml/2006/main"/>',
        },
    ],
    ids=["odt", "zip", "pptx"],
)
def test_other_archives_are_not_word_documents(members: dict[str, str]) -> None:
    refused_bytes(zip_of(members), "n'est pas un document Word (.docx)")


@pytest.mark.parametrize(
    "omit", [("word/document.xml",), ("_rels/.rels",)], ids=["main-part", "relationships"]
)
def test_a_package_without_its_main_document_is_not_a_word_document(omit: tuple[str]) -> None:
    refused_bytes(build_docx([paragraph("x")], omit=omit), "n'est pas un document Word")


def test_a_strict_open_xml_document_is_asked_again_as_an_ordinary_one() -> None:
    strict = (
        '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p>'
        "<w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
    )
    refused_bytes(with_main(strict), "Open XML strict", "Document Word (.docx)")


# -- encrypted or old ---------------------------------------------------------------------------


def test_a_password_protected_document_asks_for_a_copy_without_password() -> None:
    message = refused_bytes(
        ole_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"),
        "protégé par un mot de passe",
    )
    assert message == (
        "Le fichier « avis-retour.docx » est protégé par un mot de passe : enregistrez-le sans "
        "mot de passe puis importez-le à nouveau."
    )


def test_a_word_97_document_asks_for_a_docx() -> None:
    refused_bytes(ole_file("WordDocument", "1Table", "\x05SummaryInformation"),
                  "Word 97-2003 (.doc)", "(.docx)")  # fmt: skip


def test_another_compound_file_may_be_either() -> None:
    refused_bytes(ole_file("Workbook"), "chiffré ou au format Word 97-2003 (.doc)")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_real_doc_written_by_libreoffice_is_recognised(
    tmp_path: Path, libreoffice_profile: str
) -> None:
    source = tmp_path / "ancien.docx"
    source.write_bytes(GOOD)
    subprocess.run(
        ["soffice", "--headless", libreoffice_profile,
         "--convert-to", "doc", "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    message = refusal(lambda: read_review(tmp_path / "out" / "ancien.doc"), "ancien.doc")
    assert "Word 97-2003 (.doc)" in message


# -- too big ------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_being_read(tmp_path: Path) -> None:
    path = tmp_path / NAME
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    message, peak = traced(lambda: refusal(lambda: read_review(path)))
    assert "trop volumineux" in message and "50 Mo" in message
    assert peak < 2 * 1024 * 1024  # refused from its size alone: its 50 MB never read


def test_bytes_over_the_size_limit_are_refused() -> None:
    refused_bytes(b"PK\x03\x04" + bytes(MAX_FILE_BYTES), "trop volumineux")


def test_a_zip_bomb_is_refused_without_being_inflated() -> None:
    # A valid document padded with 40 MB of spaces: a few tens of kilobytes once compressed.
    data = build_docx(
        [paragraph("x")],
        extra={"word/styles.xml": b"<w:styles " + WORD_NAMESPACES.encode() + b">" + b" " * (
            40 * 1024 * 1024) + b"</w:styles>"},
    )  # fmt: skip
    assert len(data) < 200_000
    _message, peak = traced(lambda: refused_bytes(data, "trop volumineux une fois décompressé"))
    assert peak < 2 * 1024 * 1024  # refused from the sizes it declares: nothing inflated


def test_a_file_whose_parts_add_up_to_too_much_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    total = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(GOOD)).infolist())
    assert MAX_UNPACKED_BYTES == 300 * 1024 * 1024
    monkeypatch.setattr(docx_package, "MAX_UNPACKED_BYTES", total - 1)
    refused_bytes(GOOD, "trop volumineux une fois décompressé")
    monkeypatch.setattr(docx_package, "MAX_UNPACKED_BYTES", total)
    assert read_review_bytes(GOOD, NAME).paragraphs[0].text == "Le comité recommande."


def test_a_declared_size_that_lies_is_not_trusted() -> None:
    big = build_docx([paragraph(run("mot " * 200_000))])
    lying = declare_size(big, "word/document.xml", 1000)
    refused_bytes(lying, "endommagé", "word/document.xml")


# -- damaged ------------------------------------------------------------------------------------


def test_a_corrupted_member_is_a_damaged_file() -> None:
    data = bytearray(GOOD)
    with zipfile.ZipFile(io.BytesIO(GOOD)) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + info.compress_size - 10):
        data[offset] ^= 0x5A
    refused_bytes(bytes(data), "endommagé", "word/document.xml")


@pytest.mark.parametrize(
    "part",
    ["word/document.xml", "word/comments.xml", "docProps/custom.xml", "_rels/.rels"],
)
def test_malformed_xml_is_a_damaged_file_naming_the_part(part: str) -> None:
    data = build_docx(
        [paragraph("x")],
        comments=[Comment(0, "A", "note")],
        properties={"DeliberationOpinion": "x"},
        extra={part: b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p>'},
    )
    message = refused_bytes(data, "est endommagé", f"« {part} »")
    assert message.startswith("Le fichier « avis-retour.docx » est endommagé")


def test_a_document_declaring_entities_is_refused_without_expanding_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ahahahahahahahahahah">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in itertools.pairwise("abcdefghi")
        )
        + f"]><w:document {WORD_NAMESPACES}><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    parsed: list[bytes] = []
    parse = etree.fromstring

    def recording(data: bytes, *args: Any, **kwargs: Any) -> etree._Element:
        parsed.append(data)
        return parse(data, *args, **kwargs)

    monkeypatch.setattr(docx_package.etree, "fromstring", recording)
    refused_bytes(with_main(laughs), "endommagé", "déclaration de type de document")
    assert parsed  # the package's other parts went through the parser …
    assert not any(b"<!ENTITY" in data for data in parsed)  # … the document never reached it


def test_an_external_entity_is_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("mot-de-passe-du-serveur")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY s SYSTEM "file://{secret}">]>'
        f"<w:document {WORD_NAMESPACES}><w:body><w:p><w:r><w:t>&s;</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    message = refused_bytes(with_main(xxe), "endommagé")
    assert "mot-de-passe" not in message


def test_a_macro_enabled_document_is_read_like_a_docx() -> None:
    # A .docm has another content type for the same main part: the relationships decide.
    types = zipfile.ZipFile(io.BytesIO(GOOD)).read("[Content_Types].xml")
    macro = types.replace(
        MAIN_TYPE.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    assert macro != types
    data = build_docx([paragraph("Avec macros")], extra={"[Content_Types].xml": macro})
    assert read_review_bytes(data, "avis.docm").paragraphs[0].text == "Avec macros"


# -- paths --------------------------------------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    message = refusal(lambda: read_review(tmp_path / NAME), str(tmp_path / NAME))
    assert "introuvable" in message


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    assert "dossier" in refusal(lambda: read_review(folder), str(folder))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_opened(tmp_path: Path) -> None:
    pipe = tmp_path / NAME
    os.mkfifo(pipe)
    messages: list[str] = []
    reader = threading.Thread(
        target=lambda: messages.append(refusal(lambda: read_review(pipe), str(pipe))), daemon=True
    )
    reader.start()
    reader.join(5)
    if reader.is_alive():  # blocked opening the pipe: unblock it, then fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
        pytest.fail("the reader opened a named pipe and waited for a writer")
    assert messages and "pas un fichier ordinaire" in messages[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(GOOD)
    path.chmod(0)
    try:
        assert "droits insuffisants" in refusal(lambda: read_review(path), str(path))
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    "data",
    [b"texte", ole_file("EncryptionInfo", "EncryptedPackage"), with_main("<w:document")],
    ids=["not-zip", "encrypted", "damaged"],
)
def test_a_refused_file_is_left_as_it_was_and_nothing_is_written(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / NAME
    path.write_bytes(data)
    before = (path.stat().st_mtime_ns, sorted(tmp_path.iterdir()))
    refusal(lambda: read_review(path))
    assert path.read_bytes() == data
    assert (path.stat().st_mtime_ns, sorted(tmp_path.iterdir())) == before
