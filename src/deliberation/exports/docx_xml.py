"""WordprocessingML basics shared by the Word writers: the namespace, parsing, twips."""

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
