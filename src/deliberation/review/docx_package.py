"""Opens a returned .docx safely: size and zip-bomb limits, hardened XML, parts by relations."""

from __future__ import annotations

import io
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from deliberation.errors import ReviewFileError, os_reason
from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

MAX_FILE_BYTES = 50 * 1024 * 1024  # a returned file larger than this is refused
MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # sum of the members' uncompressed sizes
MAX_RATIO = 200  # a member this much larger than its compressed form …
RATIO_FLOOR = 10 * 1024 * 1024  # … and larger than this is a zip bomb

MAX_MEMBERS = 5000  # a Word document has tens of parts; thousands is not a document
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_ELEMENT = re.compile(rb"<[^?!]")
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _quoted(name: str) -> str:
    return f"« {name} »"


def not_word(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP("errors", "Le fichier {quoted} n'est pas un document Word (.docx)."),
            quoted=_quoted(name),
        )
    )


def too_big(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier {quoted} est trop volumineux pour être importé "
                "(plus de {megabytes} Mo).",
            ),
            quoted=_quoted(name),
            megabytes=MAX_FILE_BYTES // (1024 * 1024),
        )
    )


def bomb(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier {quoted} est trop volumineux une fois décompressé "
                "(plus de {megabytes} Mo ou compression anormale) : il n'est pas "
                "importé.",
            ),
            quoted=_quoted(name),
            megabytes=MAX_UNPACKED_BYTES // (1024 * 1024),
        )
    )


def unreadable_zip(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier {quoted} est compressé d'une manière que "
                "l'application ne sait pas lire : enregistrez-le à nouveau "
                "depuis Word ou LibreOffice au format .docx, puis importez-le.",
            ),
            quoted=_quoted(name),
        )
    )


def damaged(
    name: str, part: str, why: str = QT_TRANSLATE_NOOP("errors", "est illisible")
) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors", "Le fichier {quoted} est endommagé : sa partie {part} {why}."
            ),
            quoted=_quoted(name),
            part=_quoted(part),
            why=why,
        )
    )


def _doctype(name: str, part: str) -> ReviewFileError:
    return damaged(
        name,
        part,
        QT_TRANSLATE_NOOP(
            "errors", "contient une déclaration de type de document, refusée par sécurité"
        ),
    )


def read_file(path: Path) -> bytes:
    """The bytes of a file a user chose, refused in one French sentence if it cannot be read."""
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "{quoted} est un dossier, pas un document Word."),
                    quoted=_quoted(str(path)),
                )
            )
        if not stat.S_ISREG(info.st_mode):
            raise ReviewFileError(
                Sentence(
                    QT_TRANSLATE_NOOP("errors", "{quoted} n'est pas un fichier ordinaire."),
                    quoted=_quoted(str(path)),
                )
            )
        if info.st_size > MAX_FILE_BYTES:
            raise too_big(name)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP("errors", "Le fichier {quoted} ne peut pas être lu : {reason}."),
                quoted=_quoted(str(path)),
                reason=os_reason(error),
            )
        ) from error
    if len(data) > MAX_FILE_BYTES:  # grew since stat
        raise too_big(name)
    return data


def too_many_members(name: str) -> ReviewFileError:
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier {quoted} contient plus de {MAX_MEMBERS} éléments : "
                "ce n'est pas un document Word ordinaire, il n'est pas importé.",
            ),
            quoted=_quoted(name),
            MAX_MEMBERS=MAX_MEMBERS,
        )
    )


_END = b"PK\x05\x06"  # end of central directory record
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


def member_count(data: bytes) -> int:
    """The number of members a zip's end record announces (its Zip64 record's if it has one),
    read without parsing the central directory; 0 when there is no end record (zipfile then
    refuses the file)."""
    end = data.rfind(_END, max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or end + 22 > len(data):
        return 0
    (count,) = struct.unpack_from("<H", data, end + 10)
    locator = end - 20
    if locator >= 0 and data[locator : locator + 4] == _END64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 <= len(data) and data[offset : offset + 4] == _END64:
            (count64,) = struct.unpack_from("<Q", data, offset + 32)
            count = max(count, count64)
    return int(count)


def _ole_error(data: bytes, name: str) -> ReviewFileError:
    """What an OLE compound file is: an encrypted .docx or an old .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier {quoted} est protégé par un mot de passe : "
                    "enregistrez-le sans mot de passe puis importez-le à nouveau.",
                ),
                quoted=_quoted(name),
            )
        )
    if "WordDocument".encode("utf-16-le") in data:
        return ReviewFileError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Le fichier {quoted} est au format Word 97-2003 (.doc) : "
                    "enregistrez-le au format « Document Word (.docx) » puis "
                    "importez-le à nouveau.",
                ),
                quoted=_quoted(name),
            )
        )
    return ReviewFileError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier {quoted} est chiffré ou au format Word 97-2003 "
                "(.doc) : enregistrez-le sans mot de passe au format « Document "
                "Word (.docx) » puis importez-le à nouveau.",
            ),
            quoted=_quoted(name),
        )
    )


class Package:
    """The members of a .docx read with a budget, and its XML parts parsed without DTDs."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        if len(data) > MAX_FILE_BYTES:
            raise too_big(name)
        if data[:8] == OLE_MAGIC:
            raise _ole_error(data, name)
        if member_count(data) > MAX_MEMBERS:  # before zipfile reads every entry
            raise too_many_members(name)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except NotImplementedError:  # a zip version or feature zipfile does not read
            raise unreadable_zip(name) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise not_word(name) from None
        total = 0
        self._members: dict[str, zipfile.ZipInfo] = {}
        if len(infos) > MAX_MEMBERS:  # the end record understated them
            raise too_many_members(name)
        for info in infos:
            total += info.file_size
            absurd = info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if total > MAX_UNPACKED_BYTES or (absurd and info.file_size > RATIO_FLOOR):
                raise bomb(name)
            # Part names are case-insensitive (OPC); some writers add a leading slash.
            self._members.setdefault(info.filename.lstrip("/").lower(), info)
        self._budget = MAX_UNPACKED_BYTES
        self._relations: dict[str, list[tuple[str, str]]] = {}

    def close(self) -> None:
        self._zip.close()

    def has(self, part: str) -> bool:
        return part.lower() in self._members

    def read(self, part: str) -> bytes | None:
        """A member's bytes (None if absent), never more than what is left of the budget."""
        info = self._members.get(part.lower())
        if info is None:
            return None
        cap = self._budget
        try:
            with self._zip.open(info) as member:
                data = member.read(cap + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError, ValueError):  # fmt: skip
            raise damaged(self.name, part) from None
        if len(data) > cap:
            raise bomb(self.name)
        self._budget -= len(data)
        return data

    def xml(self, part: str) -> etree._Element | None:
        """A part parsed with a hardened parser (None if absent); no DTD, no entity, no network."""
        data = self.read(part)
        if data is None:
            return None
        first_element = _ELEMENT.search(data)
        if b"<!DOCTYPE" in data[: first_element.start() if first_element else len(data)]:
            raise _doctype(self.name, part)  # refused before any DTD is parsed
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
            dtd_validation=False,
            remove_comments=True,
            remove_pis=True,
        )
        try:
            root = etree.fromstring(data, parser)
        except (etree.XMLSyntaxError, ValueError):
            raise damaged(self.name, part) from None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise _doctype(self.name, part)
        return root

    def relations(self, source: str) -> list[tuple[str, str]]:
        """(type's last segment, target part) of a part's internal relationships; source "" is
        the package itself."""
        if source in self._relations:
            return self._relations[source]
        folder, _, base = source.rpartition("/")
        rels_part = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        root = self.xml(rels_part)
        found: list[tuple[str, str]] = []
        self._relations[source] = found
        if root is None:
            return found
        for rel in root.iter(_RELS):
            kind, target = rel.get("Type", ""), rel.get("Target", "")
            if not target or rel.get("TargetMode", "") == "External":
                continue
            target = unquote(target)
            if target.startswith("/"):
                part = target.lstrip("/")
            else:
                part = posixpath.normpath(posixpath.join(folder, target))
            found.append((kind.rstrip("/").rsplit("/", 1)[-1], part))
        return found

    def related(self, source: str, kind: str, default: str = "") -> str | None:
        """The first target of a relation type from `source`, else `default` if it exists."""
        for found_kind, part in self.relations(source):
            if found_kind == kind and self.has(part):
                return part
        return default if default and self.has(default) else None
