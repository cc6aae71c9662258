"""Builds .docx files as Word 365 and LibreOffice write them, for tests of returned review files.

Paragraphs are XML strings made with the small functions below (or written by hand) and handed to
`build_docx`, which wraps them in a complete package: content types, relationships, styles,
settings, core and custom properties, comments with their Word 365 companion parts, footnotes.

    body = [
        paragraph(bookmark_start(dlb(uuid), 1), *split("Le comité recommande"), bookmark_end(1)),
        paragraph(run("Annexes", bold=True), style="Titre1"),
    ]
    data = build_docx(body, properties=export_properties(opinion, export),
                      comments=[Comment(0, "Claire Martin", "Pourquoi ?")])

Every function returns text; nothing here knows the reader under test.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID
from xml.sax.saxutils import escape, quoteattr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2026-03-04T10:15:00Z"
SECRETARIAT = "Secrétariat du comité"
AUTHOR = "Claire Martin"

# What Word 365 declares on the root of document.xml, comments.xml and friends.
WORD_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"'
)
# What LibreOffice declares (7.x): fewer namespaces, no rsids, no mc:Ignorable list of w16*.
LIBREOFFICE_NAMESPACES = (
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 wp14 w15"'
)

_counter = itertools.count(1)


def rsid() -> str:
    """A revision-save id, as Word stamps on each run and paragraph (they vary, runs split)."""
    return f"{(0x00A10000 + next(_counter) * 0x1F3) % 0x01000000:08X}"


def para_id() -> str:
    """A fresh w14:paraId (Word keeps it below 0x80000000)."""
    return f"{0x10000000 + next(_counter) % 0x6FFFFFFF:08X}"


def dlb(uuid: UUID | str) -> str:
    """The bookmark name the exporter gives an opinion paragraph."""
    return "dlb_" + (uuid.hex if isinstance(uuid, UUID) else UUID(uuid).hex)


def _attr(value: str) -> str:
    return quoteattr(value)


# -- inline content -----------------------------------------------------------------------------


def t(text: str, tag: str = "w:t") -> str:
    """A text element, with xml:space="preserve" when Word would write it."""
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<{tag}{space}>{escape(text)}</{tag}>"


def rpr(bold: bool = False, italic: bool = False, extra: str = "") -> str:
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "") + extra
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def run(
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    content: str = "",
    deleted: bool = False,
    props: str = "",
) -> str:
    """A Word run: an rsid, its direct formatting, its text (delText in a deletion)."""
    text_xml = t(text, "w:delText" if deleted else "w:t") if text else ""
    rsid_attr = "w:rsidDel" if deleted else "w:rsidR"
    return f'<w:r {rsid_attr}="{rsid()}">{rpr(bold, italic, props)}{content}{text_xml}</w:r>'


def lo_run(text: str, *, bold: bool = False, italic: bool = False, deleted: bool = False) -> str:
    """A LibreOffice run: no rsid, an rPr even when empty."""
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    return f"<w:r><w:rPr>{props}</w:rPr>{t(text, 'w:delText' if deleted else 'w:t')}</w:r>"


def split(text: str, *at: int, bold: bool = False, italic: bool = False) -> list[str]:
    """`text` in several runs cut at the given offsets, as Word leaves it after a few edits:
    each piece has its own rsid, a spelling-error mark wraps the second piece and a rendered page
    break sits in the last one."""
    cuts = [0, *at, len(text)]
    pieces = [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]
    out: list[str] = []
    for number, piece in enumerate(pieces):
        if number == 1:
            out.append('<w:proofErr w:type="spellStart"/>')
        content = "<w:lastRenderedPageBreak/>" if number == len(pieces) - 1 and number else ""
        out.append(run(piece, bold=bold, italic=italic, content=content))
        if number == 1:
            out.append('<w:proofErr w:type="spellEnd"/>')
    return out


def tab() -> str:
    return run(content="<w:tab/>")


def line_break(kind: str = "") -> str:
    """A break run: "" (text wrapping, a new line), "page" or "column"."""
    kind_attr = f' w:type="{kind}"' if kind else ""
    return run(content=f"<w:br{kind_attr}/>")


def carriage_return() -> str:
    return run(content="<w:cr/>")


def no_break_hyphen() -> str:
    return run(content="<w:noBreakHyphen/>")


def soft_hyphen() -> str:
    return run(content="<w:softHyphen/>")


def symbol(char: str, font: str = "Symbol") -> str:
    """A w:sym run; `char` is the hexadecimal code Word writes (e.g. "2192")."""
    return run(content=f'<w:sym w:font="{font}" w:char="{char}"/>')


def proof_err(kind: str = "spellStart") -> str:
    return f'<w:proofErr w:type="{kind}"/>'


def _change(tag: str, content: Iterable[str], author: str, date: str, change_id: int) -> str:
    date_attr = f" w:date={_attr(date)}" if date else ""
    return (
        f'<{tag} w:id="{change_id}" w:author={_attr(author)}{date_attr}>'
        + "".join(content)
        + f"</{tag}>"
    )


def ins(*content: str, author: str = AUTHOR, date: str = DATE, change_id: int = 901) -> str:
    """A tracked insertion of runs (give them as `run(...)`, or plain text for one run)."""
    return _change("w:ins", _runs(content), author, date, change_id)


def delete(*content: str, author: str = AUTHOR, date: str = DATE, change_id: int = 902) -> str:
    """A tracked deletion; plain text becomes a run of w:delText."""
    runs = [c if c.startswith("<") else run(c, deleted=True) for c in content]
    return _change("w:del", runs, author, date, change_id)


def move_from(
    text: str, *, name: str = "move1", author: str = AUTHOR, date: str = DATE, change_id: int = 910
) -> str:
    """Text moved away (Word writes it with w:t inside w:moveFrom, within a named range)."""
    attrs = f" w:author={_attr(author)} w:date={_attr(date)}"
    return (
        f'<w:moveFromRangeStart w:id="{change_id}"{attrs} w:name="{name}"/>'
        + _change("w:moveFrom", [run(text)], author, date, change_id + 1)
        + f'<w:moveFromRangeEnd w:id="{change_id}"/>'
    )


def move_to(
    text: str, *, name: str = "move1", author: str = AUTHOR, date: str = DATE, change_id: int = 920
) -> str:
    attrs = f" w:author={_attr(author)} w:date={_attr(date)}"
    return (
        f'<w:moveToRangeStart w:id="{change_id}"{attrs} w:name="{name}"/>'
        + _change("w:moveTo", [run(text)], author, date, change_id + 1)
        + f'<w:moveToRangeEnd w:id="{change_id}"/>'
    )


def _runs(content: Iterable[str]) -> list[str]:
    return [c if c.startswith("<") else run(c) for c in content]


def bookmark_start(name: str, bookmark_id: int) -> str:
    return f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{name}"/>'


def bookmark_end(bookmark_id: int) -> str:
    return f'<w:bookmarkEnd w:id="{bookmark_id}"/>'


def comment_start(comment_id: int) -> str:
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def comment_end(comment_id: int) -> str:
    return f'<w:commentRangeEnd w:id="{comment_id}"/>'


def comment_ref(comment_id: int) -> str:
    """The run Word puts right after a comment's range end."""
    return run(
        content=f'<w:commentReference w:id="{comment_id}"/>',
        props='<w:rStyle w:val="Marquedecommentaire"/>',
    )


def commented(comment_id: int, *content: str) -> list[str]:
    """Content wrapped in a comment's range, followed by its reference (as Word writes it)."""
    return [comment_start(comment_id), *_runs(content), comment_end(comment_id),
            comment_ref(comment_id)]  # fmt: skip


def footnote_ref(footnote_id: int) -> str:
    return run(
        content=f'<w:footnoteReference w:id="{footnote_id}"/>',
        props='<w:rStyle w:val="Appelnotedebasdep"/>',
    )


def field(code: str, result: str, *, bold: bool = False) -> list[str]:
    """A complex field as Word writes it: begin, the code (several instrText runs), separate,
    the result (split in two runs), end."""
    half = max(1, len(code) // 2)
    res_half = max(1, len(result) // 2)
    return [
        run(content='<w:fldChar w:fldCharType="begin"/>'),
        run(content=t(" " + code[:half], "w:instrText")),
        run(content=t(code[half:] + " ", "w:instrText")),
        run(content='<w:fldChar w:fldCharType="separate"/>'),
        run(result[:res_half], bold=bold),
        run(result[res_half:], bold=bold) if result[res_half:] else "",
        run(content='<w:fldChar w:fldCharType="end"/>'),
    ]


def simple_field(code: str, result: str) -> str:
    return f"<w:fldSimple w:instr={_attr(' ' + code + ' ')}>{run(result)}</w:fldSimple>"


def hyperlink(*content: str, r_id: str = "", anchor: str = "") -> str:
    target = f' r:id="{r_id}"' if r_id else f' w:anchor="{anchor}"' if anchor else ""
    runs = [
        c if c.startswith("<") else run(c, props='<w:rStyle w:val="Lienhypertexte"/>')
        for c in content
    ]
    return f'<w:hyperlink{target} w:history="1">{"".join(runs)}</w:hyperlink>'


def smart_tag(*content: str, element: str = "PersonName") -> str:
    return (
        f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{element}">'
        f'<w:smartTagPr><w:attr w:name="ProductID" w:val="x"/></w:smartTagPr>'
        f"{''.join(_runs(content))}</w:smartTag>"
    )


def sdt_run(*content: str, placeholder: bool = False) -> str:
    """An inline content control."""
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="Champ"/><w:id w:val="-1043218"/>{shown}<w:text/>'
        f"</w:sdtPr><w:sdtContent>{''.join(_runs(content))}</w:sdtContent></w:sdt>"
    )


def alternate(choice: str, fallback: str, requires: str = "w14") -> str:
    """mc:AlternateContent: a reader should take one branch, never both."""
    return (
        f'<mc:AlternateContent><mc:Choice Requires="{requires}">{choice}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>"
    )


# -- paragraphs ---------------------------------------------------------------------------------


def paragraph(
    *content: str,
    style: str = "",
    pid: str | None = None,
    mark: str = "",
    props: str = "",
    flavour: str = "word",
) -> str:
    """A Word paragraph. Plain strings in `content` become runs. `mark` is a tracked change of
    the paragraph mark (`mark_inserted()`/`mark_deleted()`); `props` more pPr children (numPr…),
    with a formatting change recorded in a pPrChange as Word does."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    mark_xml = f"<w:rPr>{mark}</w:rPr>" if mark else ""
    ppr = f"<w:pPr>{style_xml}{props}{mark_xml}</w:pPr>" if style_xml or props or mark_xml else ""
    if flavour == "libreoffice":
        body = "".join(c if c.startswith("<") else lo_run(c) for c in content)
        return f"<w:p>{ppr}{body}</w:p>"
    ids = f'w14:paraId="{pid or para_id()}" w14:textId="77777777" '
    rsids = f'w:rsidR="{rsid()}" w:rsidRDefault="{rsid()}" w:rsidP="{rsid()}"'
    return f"<w:p {ids}{rsids}>{ppr}{''.join(_runs(content))}</w:p>"


def mark_inserted(author: str = AUTHOR, date: str = DATE, change_id: int = 950) -> str:
    return f'<w:ins w:id="{change_id}" w:author={_attr(author)} w:date={_attr(date)}/>'


def mark_deleted(author: str = AUTHOR, date: str = DATE, change_id: int = 951) -> str:
    return f'<w:del w:id="{change_id}" w:author={_attr(author)} w:date={_attr(date)}/>'


def style_change(old_style: str = "Normal") -> str:
    """A pPrChange (formatting changed with tracking on), to be passed as `props`."""
    return (
        f'<w:pPrChange w:id="960" w:author="{AUTHOR}" w:date="{DATE}">'
        f'<w:pPr><w:pStyle w:val="{old_style}"/></w:pPr></w:pPrChange>'
    )


def table(rows: Sequence[Sequence[str]]) -> str:
    """A table; each cell is the XML of its paragraphs (a cell needs at least one)."""
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in rows[0]) if rows else ""
    body = "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{cell}</w:tc>'
                           for cell in row) + "</w:tr>"
        for row in rows
    )  # fmt: skip
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Grilledutableau"/><w:tblW w:w="0" w:type="auto"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def sdt_block(*paragraphs: str) -> str:
    return (
        '<w:sdt><w:sdtPr><w:id w:val="1432"/><w:docPartObj><w:docPartGallery w:val="Table of '
        'Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/>'
        f"<w:sdtContent>{''.join(paragraphs)}</w:sdtContent></w:sdt>"
    )


def bookmarked(name: str, bookmark_id: int, *paragraphs: Sequence[str]) -> list[str]:
    """Consecutive paragraphs wrapped in one bookmark, as the exporter writes an opinion
    paragraph: the start right after the first paragraph's pPr, the end closing the last one.
    Each item of `paragraphs` is the content of one paragraph (runs or plain strings)."""
    out = []
    for number, content in enumerate(paragraphs):
        items = list(content)
        if number == 0:
            items.insert(0, bookmark_start(name, bookmark_id))
        if number == len(paragraphs) - 1:
            items.append(bookmark_end(bookmark_id))
        out.append(paragraph(*items))
    return out


# -- parts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    """A comment of comments.xml; `parent` (a comment id) and `done` go to commentsExtended."""

    id: int
    author: str
    text: str  # "\n" separates paragraphs
    date: str = DATE
    initials: str = ""
    parent: int | None = None
    done: bool = False
    date_utc: str = ""  # commentsExtensible's dateUtc (Word 365), via commentsIds
    para_ids: tuple[str, ...] = ()  # one per paragraph, generated when empty


def _comment_para_ids(comment: Comment) -> list[str]:
    count = len(comment.text.split("\n"))
    ids = list(comment.para_ids)
    while len(ids) < count:
        ids.append(f"{0x3A000000 + comment.id * 16 + len(ids):08X}")
    return ids


def comments_xml(comments: Sequence[Comment], namespaces: str = WORD_NAMESPACES) -> str:
    parts = []
    for comment in comments:
        paras = []
        for number, (text, pid) in enumerate(
            zip(comment.text.split("\n"), _comment_para_ids(comment), strict=False)
        ):
            ref = (
                run(content="<w:annotationRef/>", props='<w:rStyle w:val="Marquedecommentaire"/>')
                if number == 0
                else ""
            )
            paras.append(
                f'<w:p w14:paraId="{pid}" w14:textId="77777777" w:rsidR="{rsid()}" '
                f'w:rsidRDefault="{rsid()}"><w:pPr><w:pStyle w:val="Commentaire"/></w:pPr>'
                f"{ref}{run(text) if text else ''}</w:p>"
            )
        initials = f" w:initials={_attr(comment.initials)}" if comment.initials else ""
        date = f" w:date={_attr(comment.date)}" if comment.date else ""
        parts.append(
            f'<w:comment w:id="{comment.id}" w:author={_attr(comment.author)}{date}{initials}>'
            + "".join(paras)
            + "</w:comment>"
        )
    return _xml(f"<w:comments {namespaces}>{''.join(parts)}</w:comments>")


def comments_extended_xml(comments: Sequence[Comment]) -> str:
    last = {c.id: _comment_para_ids(c)[-1] for c in comments}
    items = []
    for comment in comments:
        parent = f' w15:paraIdParent="{last[comment.parent]}"' if comment.parent is not None else ""
        items.append(
            f'<w15:commentEx w15:paraId="{last[comment.id]}"{parent} '
            f'w15:done="{1 if comment.done else 0}"/>'
        )
    return _xml(f"<w15:commentsEx {WORD_NAMESPACES}>{''.join(items)}</w15:commentsEx>")


def _durable_id(comment: Comment) -> str:
    return f"{0x2B000000 + comment.id:08X}"


def comments_ids_xml(comments: Sequence[Comment]) -> str:
    items = "".join(
        f'<w16cid:commentId w16cid:paraId="{_comment_para_ids(c)[-1]}" '
        f'w16cid:durableId="{_durable_id(c)}"/>'
        for c in comments
    )
    return _xml(f"<w16cid:commentsIds {WORD_NAMESPACES}>{items}</w16cid:commentsIds>")


def comments_extensible_xml(comments: Sequence[Comment]) -> str:
    items = "".join(
        f'<w16cex:commentExtensible w16cex:durableId="{_durable_id(c)}" '
        f'w16cex:dateUtc="{c.date_utc or c.date}"/>'
        for c in comments
    )
    return _xml(f"<w16cex:commentsExtensible {WORD_NAMESPACES}>{items}</w16cex:commentsExtensible>")


def footnotes_xml(notes: Sequence[str]) -> str:
    """Footnotes 1, 2, … with the two separators Word always writes (ids -1 and 0)."""
    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for number, text in enumerate(notes, start=1):
        items.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="Notedebasdepage"/>'
            f'</w:pPr><w:r><w:rPr><w:rStyle w:val="Appelnotedebasdep"/></w:rPr>'
            f"<w:footnoteRef/></w:r>{run(' ' + text)}</w:p></w:footnote>"
        )
    return _xml(f"<w:footnotes {WORD_NAMESPACES}>{''.join(items)}</w:footnotes>")


def export_properties(
    opinion: UUID | str, export: UUID | str, version: int | str = 1, against: str = ""
) -> dict[str, str]:
    """The custom properties the exporter writes."""
    return {
        "DeliberationOpinion": str(opinion),
        "DeliberationExport": str(export),
        "DeliberationVersion": str(version),
        "DeliberationAgainst": str(against),
    }


def custom_xml(properties: dict[str, str]) -> str:
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f"name={_attr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    return _xml(
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes">{items}</Properties>'
    )


def core_xml(title: str, creator: str, last_modified_by: str, modified: str) -> str:
    return _xml(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
        'purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://'
        f'www.w3.org/2001/XMLSchema-instance"><dc:title>{escape(title)}</dc:title>'
        f"<dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(last_modified_by)}</cp:lastModifiedBy>"
        '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
        "2026-03-01T09:00:00Z</dcterms:created>"
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def settings_xml(track_revisions: bool) -> str:
    track = "<w:trackRevisions/>" if track_revisions else ""
    return _xml(
        f'<w:settings {WORD_NAMESPACES}><w:zoom w:percent="100"/>{track}'
        '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:rsids><w:rsidRoot w:val="00A10000"/>'
        '</w:rsids><w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/>'
        '<w:listSeparator w:val=";"/><w14:docId w14:val="1A2B3C4D"/></w:settings>'
    )


STYLES_XML = (
    f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Titre1">'
    '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>'
)


def _xml(text: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument."
MAIN_TYPE = _CT + "wordprocessingml.document.main+xml"


def build_docx(
    body: Sequence[str] | str,
    *,
    comments: Sequence[Comment] = (),
    extended: bool = True,
    properties: dict[str, str] | None = None,
    title: str = "Avis sur les espaces numériques de travail",
    creator: str = "Comité des partenaires du numérique pour l'éducation",
    last_modified_by: str = AUTHOR,
    modified: str = "2026-03-05T16:42:00Z",
    track_revisions: bool = False,
    footnotes: Sequence[str] = (),
    flavour: str = "word",
    main_part: str = "word/document.xml",
    extra: dict[str, bytes] | None = None,
    omit: Iterable[str] = (),
) -> bytes:
    """A whole .docx: `body` is the XML of the body's paragraphs and tables (a sectPr is added).

    `comments` go to comments.xml; with `extended` (and the Word flavour) also to
    commentsExtended, commentsIds and commentsExtensible. `flavour` "libreoffice" writes
    LibreOffice's namespaces and only comments.xml plus commentsExtended. `main_part` moves the
    document elsewhere (found through _rels/.rels). `extra` adds or replaces members; `omit`
    leaves members out.
    """
    namespaces = LIBREOFFICE_NAMESPACES if flavour == "libreoffice" else WORD_NAMESPACES
    content = body if isinstance(body, str) else "".join(body)
    sect = (
        '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
        'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    folder, _, main_name = main_part.rpartition("/")
    prefix = f"{folder}/" if folder else ""
    parts: dict[str, str | bytes] = {
        main_part: _xml(f"<w:document {namespaces}><w:body>{content}{sect}</w:body></w:document>"),
        f"{prefix}styles.xml": _xml(STYLES_XML),
        f"{prefix}settings.xml": settings_xml(track_revisions),
        "docProps/core.xml": core_xml(title, creator, last_modified_by, modified),
    }
    overrides = {
        main_part: MAIN_TYPE,
        f"{prefix}styles.xml": _CT + "wordprocessingml.styles+xml",
        f"{prefix}settings.xml": _CT + "wordprocessingml.settings+xml",
        "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    doc_rels = [("styles", "styles.xml"), ("settings", "settings.xml")]
    package_rels = [
        (_REL + "officeDocument", main_part),
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
    ]  # fmt: skip
    if properties is not None:
        parts["docProps/custom.xml"] = custom_xml(properties)
        overrides["docProps/custom.xml"] = _CT + "custom-properties+xml"
        package_rels.append((_REL + "custom-properties", "docProps/custom.xml"))
    if comments:
        parts[f"{prefix}comments.xml"] = comments_xml(comments, namespaces)
        overrides[f"{prefix}comments.xml"] = _CT + "wordprocessingml.comments+xml"
        doc_rels.append(("comments", "comments.xml"))
        if extended:
            parts[f"{prefix}commentsExtended.xml"] = comments_extended_xml(comments)
            overrides[f"{prefix}commentsExtended.xml"] = (
                _CT + "wordprocessingml.commentsExtended+xml"
            )
            doc_rels.append(
                ("http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                 "commentsExtended.xml")
            )  # fmt: skip
        if extended and flavour == "word":
            parts[f"{prefix}commentsIds.xml"] = comments_ids_xml(comments)
            parts[f"{prefix}commentsExtensible.xml"] = comments_extensible_xml(comments)
            overrides[f"{prefix}commentsIds.xml"] = _CT + "wordprocessingml.commentsIds+xml"
            overrides[f"{prefix}commentsExtensible.xml"] = (
                _CT + "wordprocessingml.commentsExtensible+xml"
            )
            doc_rels.append(
                ("http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
                 "commentsIds.xml")
            )  # fmt: skip
            doc_rels.append(
                ("http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
                 "commentsExtensible.xml")
            )  # fmt: skip
    if footnotes:
        parts[f"{prefix}footnotes.xml"] = footnotes_xml(footnotes)
        overrides[f"{prefix}footnotes.xml"] = _CT + "wordprocessingml.footnotes+xml"
        doc_rels.append(("footnotes", "footnotes.xml"))
    parts["[Content_Types].xml"] = _xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="/{n}" ContentType="{c}"/>' for n, c in overrides.items())
        + "</Types>"
    )
    parts["_rels/.rels"] = _relationships(package_rels)
    parts[f"{prefix}_rels/{main_name}.rels"] = _relationships(
        [(kind if "/" in kind else _REL + kind, target) for kind, target in doc_rels]
    )
    for name in omit:
        parts.pop(name, None)
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # Word writes [Content_Types].xml first; readers must not rely on it.
        for name in ["[Content_Types].xml", *(n for n in parts if n != "[Content_Types].xml")]:
            if name in parts:
                value = parts[name]
                archive.writestr(name, value.encode() if isinstance(value, str) else value)
    return buffer.getvalue()


def _relationships(rels: Sequence[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{number}" Type="{kind}" Target="{target}"/>'
        for number, (kind, target) in enumerate(rels, start=1)
    )
    return _xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{items}</Relationships>"
    )


def write_docx(path: Path, body: Sequence[str] | str, **options: object) -> Path:
    """`build_docx` written to `path`; returns the path."""
    path.write_bytes(build_docx(body, **options))  # type: ignore[arg-type]
    return path


# -- files that are not what they claim ---------------------------------------------------------


def zip_of(members: dict[str, bytes | str]) -> bytes:
    """A plain zip of the given members (an .odt, an .xlsx, any archive)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in members.items():
            archive.writestr(name, value.encode() if isinstance(value, str) else value)
    return buffer.getvalue()


def ole_file(*streams: str) -> bytes:
    """An OLE compound file (what Word writes for a password-protected .docx, with streams
    "EncryptionInfo" and "EncryptedPackage", and what an old .doc is, with "WordDocument"):
    a 512-byte header, one FAT sector, one directory sector."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26] = (0x3E).to_bytes(2, "little")  # minor version
    header[26:28] = (3).to_bytes(2, "little")  # major version 3: 512-byte sectors
    header[28:30] = b"\xfe\xff"  # byte order
    header[30:32] = (9).to_bytes(2, "little")  # sector shift
    header[32:34] = (6).to_bytes(2, "little")  # mini sector shift
    header[44:48] = (1).to_bytes(4, "little")  # one FAT sector
    header[48:52] = (1).to_bytes(4, "little")  # directory starts at sector 1
    header[56:60] = (4096).to_bytes(4, "little")  # mini stream cutoff
    header[60:64] = b"\xfe\xff\xff\xff"  # no mini FAT
    header[68:72] = b"\xfe\xff\xff\xff"  # no DIFAT sector
    header[76:80] = (0).to_bytes(4, "little")  # the FAT is sector 0
    header[80:512] = b"\xff" * 432
    fat = bytearray(b"\xff" * 512)
    fat[0:4] = b"\xfd\xff\xff\xff"  # sector 0: FAT
    fat[4:8] = b"\xfe\xff\xff\xff"  # sector 1: end of the directory chain
    directory = bytearray()
    for number, name in enumerate(("Root Entry", *streams)):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[0 : len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = 5 if number == 0 else 2  # root storage, then streams
        entry[68:72] = entry[72:76] = b"\xff\xff\xff\xff"
        entry[76:80] = (1 if number == 0 and streams else 0xFFFFFFFF).to_bytes(4, "little")
        directory += entry
    directory += b"\0" * (-len(directory) % 512)
    return bytes(header + fat + directory)


def declare_size(data: bytes, member: str, size: int) -> bytes:
    """A zip whose central directory and local header lie about a member's uncompressed size."""
    patched = bytearray(data)
    name = member.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    patched[local + 22 : local + 26] = size.to_bytes(4, "little")
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + name_length] == name:
            patched[position + 24 : position + 28] = size.to_bytes(4, "little")
            break
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(patched)


def long_document(paragraphs: int = 2400) -> bytes:
    """A returned export of about `paragraphs` / 12 pages: each paragraph bookmarked, split into
    runs, with emphasis, a tracked insertion and deletion, and a comment every tenth paragraph
    (the 200-page document of the reader's test and of bench/review.py)."""
    body = []
    for number in range(paragraphs):
        uuid = UUID(int=number + 1)
        body.append(
            paragraph(
                bookmark_start(dlb(uuid), number),
                *split(f"Paragraphe {number} : le comité recommande que ", 4, 17),
                run("les collectivités", bold=True),
                ins(run(" et l'État")),
                delete(" seules"),
                *(commented(number, " soient associées") if number % 10 == 0 else [run(" x")]),
                run(" à la définition des besoins, dans un calendrier réaliste."),
                bookmark_end(number),
            )
        )
    comments = [Comment(n, "A", f"remarque {n}") for n in range(0, paragraphs, 10)]
    return build_docx(body, comments=comments)
