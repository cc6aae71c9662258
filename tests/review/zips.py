"""Zip archives damaged the way hostile or odd writers leave them: flags, methods, versions."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

CENTRAL = b"PK\x01\x02"
LOCAL = b"PK\x03\x04"
ENCRYPTED = 0x1
DEFLATE64 = 9


def patch_member(
    path: Path,
    name: str,
    *,
    flags: int | None = None,
    method: int | None = None,
    version: int | None = None,
) -> None:
    """Set, in both headers of the member `name`, its flag bits (OR-ed), compression method or
    the zip version needed to extract it; the bytes of the member are left as they are."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    assert data[local : local + 4] == LOCAL
    central = data.find(CENTRAL + b"", 0)
    found = False
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name.encode():
            found = True
            break
        central = data.find(CENTRAL, central + 4)
    assert found, name
    for start, version_at, flags_at, method_at in ((local, 4, 6, 8), (central, 6, 8, 10)):
        if flags is not None:
            old = struct.unpack_from("<H", data, start + flags_at)[0]
            struct.pack_into("<H", data, start + flags_at, old | flags)
        if method is not None:
            struct.pack_into("<H", data, start + method_at, method)
        if version is not None:
            struct.pack_into("<H", data, start + version_at, version)
    path.write_bytes(bytes(data))


def many_members(path: Path, count: int) -> None:
    """A zip of `count` empty members (a small file with a huge central directory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(count):
            archive.writestr(f"m/{index}", b"")


def shuffled_paragraphs(texts: list[str], count: int, seed: int = 20) -> list[str]:
    """`count` paragraphs made of the words of `texts`, shuffled: the same letters as the text
    sent (difflib's quick ratios pass) but not its sentences, and no bookmark, no property.
    The slow refusal of issue 20: a file of 3,000 such paragraphs (about 0.9 MB)."""
    words = [text.split() for text in texts if len(text.split()) > 3]
    chooser = random.Random(seed)
    result = []
    for index in range(count):
        chosen = list(words[index % len(words)])
        chooser.shuffle(chosen)
        while len(" ".join(chosen)) < 280:
            chosen += chooser.sample(chosen, min(len(chosen), 5))
        result.append(" ".join(chosen))
    return result
