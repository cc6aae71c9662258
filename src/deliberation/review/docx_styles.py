"""A Word file's styles and numbering: names through w:basedOn, list formats, run looks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from deliberation.review.docx_body import _VAL, Look, run_look
from deliberation.review.docx_package import Package, W

_W = "{" + W + "}"


def folded(text: str) -> str:
    """Lower case, no accents, no spaces or punctuation: « Titre 1 » → « titre1 »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_HEADING_NAME = re.compile(r"^(?:heading|titre|uberschrift|titolo|titulo)([1-9])$")


@dataclass(frozen=True)
class Style:
    names: tuple[str, ...]  # folded id and name
    based_on: str
    outline: int | None  # 0-based outline level
    num: tuple[str, int] | None  # numId, ilvl


@dataclass
class Styles:
    styles: dict[str, Style] = field(default_factory=dict)
    formats: dict[str, dict[int, str]] = field(default_factory=dict)  # numId → ilvl → numFmt
    # (w:type, style id) → (w:basedOn, the style's own run properties); the file's defaults
    looks: dict[tuple[str, str], tuple[str, Look]] = field(default_factory=dict)
    default_look: Look = field(default_factory=dict)
    default_paragraph: str = ""  # the paragraph style of paragraphs without w:pStyle
    _cache: dict[tuple[str, str], Look] = field(default_factory=dict)

    def run_look(self, paragraph_style: str, character_style: str) -> Look:
        """The run properties a run gets from the defaults, its paragraph's style and its
        character style (each through w:basedOn), in Word's order."""
        key = (paragraph_style, character_style)
        found = self._cache.get(key)
        if found is None:
            found = {
                **self.default_look,
                **self._chain_look("paragraph", paragraph_style or self.default_paragraph),
                **self._chain_look("character", character_style),
            }
            self._cache[key] = found
        return found

    def _chain_look(self, kind: str, style_id: str) -> Look:
        chain: list[Look] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and (kind, style_id) in self.looks:
            seen.add(style_id)
            style_id, own = self.looks[(kind, style_id)]
            chain.append(own)
        result: Look = {}
        for own in reversed(chain):
            result.update(own)
        return result

    def chain(self, style_id: str) -> list[Style]:
        result: list[Style] = []
        current = style_id
        while current in self.styles and len(result) < 20:
            style = self.styles[current]
            if style in result:
                break
            result.append(style)
            current = style.based_on
        return result

    def heading_level(self, style_id: str) -> int | None:
        for style in self.chain(style_id):
            for name in style.names:
                match = _HEADING_NAME.match(name)
                if match:
                    return int(match.group(1))
            if style.outline is not None and style.outline < 9:
                return style.outline + 1
        match = _HEADING_NAME.match(folded(style_id))  # a style the file does not define
        return int(match.group(1)) if match else None

    def names(self, style_id: str) -> set[str]:
        found = {folded(style_id)} if style_id else set()
        for style in self.chain(style_id):
            found.update(style.names)
        return found

    def num(self, style_id: str) -> tuple[str, int] | None:
        for style in self.chain(style_id):
            if style.num is not None:
                return style.num
        return None

    def list_kind(self, num_id: str, level: int) -> str:
        """ "bullet", "number", or "" (no numbering: numId 0, or a level numbered « none »)."""
        if num_id in ("", "0"):
            return ""
        formats = self.formats.get(num_id)
        if formats is None:
            return "number"
        fmt = formats.get(level, formats.get(0, "decimal"))
        return "" if fmt == "none" else "bullet" if fmt == "bullet" else "number"


def num_pr(props: etree._Element | None) -> tuple[str, int] | None:
    if props is None:
        return None
    num_pr = props.find(_W + "numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(_W + "numId")
    ilvl = num_pr.find(_W + "ilvl")
    level = ilvl.get(_VAL, "0") if ilvl is not None else "0"
    return (
        num_id.get(_VAL, "") if num_id is not None else "",
        int(level) if level.isdigit() else 0,
    )


def outline(props: etree._Element | None) -> int | None:
    if props is None:
        return None
    element = props.find(_W + "outlineLvl")
    value = element.get(_VAL, "") if element is not None else ""
    return int(value) if value.isdigit() else None


def styles_of(package: Package, main: str) -> Styles:
    result = Styles()
    part = package.related(main, "styles")
    root = package.xml(part) if part else None
    if root is not None:
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        result.default_look = run_look(defaults)
        for element in root.iterchildren(_W + "style"):
            kind = element.get(_W + "type", "paragraph")
            style_id = element.get(_W + "styleId", "")
            based = element.find(_W + "basedOn")
            based_on = based.get(_VAL, "") if based is not None else ""
            if kind in ("paragraph", "character"):
                result.looks[(kind, style_id)] = (based_on, run_look(element.find(_W + "rPr")))
            if kind != "paragraph":
                continue
            if element.get(_W + "default", "").lower() in ("1", "true", "on"):
                result.default_paragraph = style_id
            name = element.find(_W + "name")
            props = element.find(_W + "pPr")
            names = (folded(style_id), folded(name.get(_VAL, "")) if name is not None else "")
            result.styles[style_id] = Style(
                tuple(n for n in names if n),
                based_on,
                outline(props),
                num_pr(props),
            )
    part = package.related(main, "numbering")
    root = package.xml(part) if part else None
    if root is not None:
        abstracts: dict[str, dict[int, str]] = {}
        for abstract in root.iterchildren(_W + "abstractNum"):
            levels: dict[int, str] = {}
            for lvl in abstract.iterchildren(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                ilvl = lvl.get(_W + "ilvl", "0")
                levels[int(ilvl) if ilvl.isdigit() else 0] = (
                    fmt.get(_VAL, "decimal") if fmt is not None else "decimal"
                )
            abstracts[abstract.get(_W + "abstractNumId", "")] = levels
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                result.formats[num.get(_W + "numId", "")] = abstracts.get(ref.get(_VAL, ""), {})
    return result
