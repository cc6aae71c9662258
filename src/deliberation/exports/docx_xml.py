"""WordprocessingML basics shared by the Word writers: the namespaces, parsing, twips."""

from __future__ import annotations

import re
from typing import Any

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_CM = 566.93


def twips(cm: float) -> int:
    return round(cm * TWIPS_PER_CM)


def parse(xml: str) -> Any:
    """An element from WordprocessingML text; the `w` namespace is declared if it is not."""
    from docx.oxml import parse_xml

    if not xml.split(">", 1)[0].count("xmlns:w="):
        xml = re.sub(r"^<([\w:]+)", rf"<\1 {NS}", xml, count=1)
    return parse_xml(xml)


# -- The namespaces Word declares on the root of each part ----------------------------------------

_URIS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
}
_STORY = tuple(p for p in _URIS if p != "sl")  # where text, drawings and fields may go
_STYLES = ("mc", "r", "w", "w14", "w15")
# By the root's local name: what Word (2013 and later) declares there, in its order.
PART_NAMESPACES = {
    **dict.fromkeys(("document", "footnotes", "endnotes", "comments", "hdr", "ftr"), _STORY),
    "numbering": _STORY,
    "styles": _STYLES,
    "fonts": _STYLES,
    "webSettings": _STYLES,
    "settings": ("mc", "o", "r", "m", "v", "w10", "w", "w14", "w15", "sl"),
}
IGNORABLE = ("w14", "w15", "wp14")  # extensions older readers may skip (mc:Ignorable)
_MC_IGNORABLE = f"{{{_URIS['mc']}}}Ignorable"


def declare_namespaces(root: Any) -> bool:
    """Declare on a WordprocessingML part's root element the namespaces Word declares there
    (readers look prefixes up on the root: docx2python fails on a part declaring only `w`), and
    list Word's extensions among them in mc:Ignorable as Word does. True if anything changed."""
    from lxml import etree

    if not root.tag.startswith(W):
        return False
    wanted = PART_NAMESPACES.get(root.tag[len(W) :])
    if wanted is None:
        return False
    declared = root.nsmap
    uris = set(declared.values())
    missing = {p: _URIS[p] for p in wanted if p not in declared and _URIS[p] not in uris}
    ignorable = root.get(_MC_IGNORABLE, "").split()
    prefixes = {**declared, **missing}
    extra = [p for p in IGNORABLE if p in prefixes and p not in ignorable]
    if not missing and not extra:
        return False
    if missing:
        keep = [p for p in {*prefixes, *_URIS} if p]
        etree.cleanup_namespaces(root, top_nsmap=missing, keep_ns_prefixes=keep)
    if extra:
        root.set(_MC_IGNORABLE, " ".join([*ignorable, *extra]))
    return True
