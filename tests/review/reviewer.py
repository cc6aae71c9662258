"""Edits an exported .docx the way a reviewer's Word does: tracked changes, comments, edits."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W = f"{{{W_NS}}}"
W14 = f"{{{W14_NS}}}"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _w(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(W + tag)
    for key, value in attrs.items():
        element.set(W + key, value)
    return element


def _text_run(text: str, tag: str = "t", template: etree._Element | None = None) -> etree._Element:
    run = _w("r")
    if template is not None and template.find(W + "rPr") is not None:
        run.append(etree.fromstring(etree.tostring(template.find(W + "rPr"))))
    t = etree.SubElement(run, W + tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


@dataclass
class Reviewer:
    """One reviewer's session on a document tree; `save` writes the package back."""

    author: str = "Jeanne Martin"
    date: str = "2026-11-18T09:30:00Z"
    comments: list[tuple[int, str, str]] = field(default_factory=list)
    ids: itertools.count = field(default_factory=lambda: itertools.count(500))

    def paragraph(self, tree: etree._Element, uuid: UUID) -> etree._Element:
        name = f"dlb_{uuid.hex}"
        start = tree.find(f".//{W}bookmarkStart[@{W}name='{name}']")
        assert start is not None, name
        return start.getparent()

    def _split_at(self, p: etree._Element, word: str) -> etree._Element:
        """Split the runs so that `word` is a run of its own; return it."""
        for run in p.iter(W + "r"):
            t = run.find(W + "t")
            if t is None or not t.text or word not in t.text:
                continue
            before, _, after = t.text.partition(word)
            t.text = before
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            middle = _text_run(word, template=run)
            run.addnext(middle)
            if after:
                middle.addnext(_text_run(after, template=run))
            return middle
        raise AssertionError(f"« {word} » is not in the paragraph")

    def track_replace(self, p: etree._Element, old: str, new: str) -> None:
        """Word with « Suivi des modifications »: the old words deleted, the new ones inserted."""
        middle = self._split_at(p, old)
        deleted = _w("del", id=str(next(self.ids)), author=self.author, date=self.date)
        middle.addprevious(deleted)
        middle.find(W + "t").tag = W + "delText"
        deleted.append(middle)
        inserted = _w("ins", id=str(next(self.ids)), author=self.author, date=self.date)
        inserted.append(_text_run(new))
        deleted.addnext(inserted)

    def track_format(
        self, p: etree._Element, word: str, prop: str = "u", val: str = "single"
    ) -> None:
        """Word with tracking: `word` given the run property `prop` (underline by default), its
        old properties kept in w:rPrChange."""
        run = self._split_at(p, word)
        props = run.find(W + "rPr")
        if props is None:
            props = _w("rPr")
            run.insert(0, props)
        old = etree.fromstring(etree.tostring(props))
        props.append(_w(prop, val=val))
        change = _w("rPrChange", id=str(next(self.ids)), author=self.author, date=self.date)
        change.append(old)
        props.append(change)

    def track_layout(self, p: etree._Element, prop: str = "jc", **attrs: str) -> None:
        """Word with tracking: the paragraph given the property `prop` (centred by default),
        its old properties kept in w:pPrChange."""
        props = p.find(W + "pPr")
        if props is None:
            props = _w("pPr")
            p.insert(0, props)
        old = _w("pPr")
        for child in props:
            if child.tag not in (W + "rPr", W + "sectPr", W + "pPrChange"):
                old.append(etree.fromstring(etree.tostring(child)))
        for existing in props.findall(W + prop):
            props.remove(existing)
        new = _w(prop, **(attrs or {"val": "center"}))
        mark = props.find(W + "rPr")
        if mark is not None:  # Word's order: the look, then the mark's run properties
            mark.addprevious(new)
        else:
            props.append(new)
        change = _w("pPrChange", id=str(next(self.ids)), author=self.author, date=self.date)
        change.append(old)
        props.append(change)

    def direct_replace(self, p: etree._Element, old: str, new: str) -> None:
        """A plain edit, without tracking."""
        self._split_at(p, old).find(W + "t").text = new

    def comment(self, p: etree._Element, word: str, text: str) -> None:
        middle = self._split_at(p, word)
        comment_id = len(self.comments)
        middle.addprevious(_w("commentRangeStart", id=str(comment_id)))
        middle.addnext(_w("commentRangeEnd", id=str(comment_id)))
        ref = _w("r")
        etree.SubElement(ref, W + "commentReference").set(W + "id", str(comment_id))
        middle.getnext().addnext(ref)
        self.comments.append((comment_id, self.author, text))

    def insert_after(self, p: etree._Element, text: str, tracked: bool = False) -> None:
        """A new paragraph typed after `p` (after its list items)."""
        new = _w("p")
        ppr = etree.SubElement(new, W + "pPr")
        etree.SubElement(ppr, W + "pStyle").set(W + "val", "Paragraphenumerote")
        run = _text_run(text)
        if tracked:
            mark = etree.SubElement(ppr, W + "rPr")
            mark.append(_w("ins", id=str(next(self.ids)), author=self.author, date=self.date))
            wrapper = _w("ins", id=str(next(self.ids)), author=self.author, date=self.date)
            wrapper.append(run)
            new.append(wrapper)
        else:
            new.append(run)
        p.addnext(new)

    def word_noise(self, tree: etree._Element) -> None:
        """What Word adds on save: rsids, paragraph ids, proofing marks between runs."""
        for index, p in enumerate(tree.iter(W + "p")):
            p.set(W14 + "paraId", f"{index + 0x10000000:08X}")
            p.set(W + "rsidR", "00A1B2C3")
            runs = p.findall(W + "r")
            if runs:
                runs[0].addprevious(_w("proofErr", type="spellStart"))
                runs[0].addnext(_w("proofErr", type="spellEnd"))

    def save(self, source: Path, target: Path, edit: Callable[[etree._Element], None]) -> Path:
        with zipfile.ZipFile(source) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        tree = etree.fromstring(parts["word/document.xml"])
        edit(tree)
        parts["word/document.xml"] = etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                                    standalone=True)  # fmt: skip
        if self.comments:
            root = etree.Element(W + "comments", nsmap={"w": W_NS})
            for comment_id, author, text in self.comments:
                comment = etree.SubElement(root, W + "comment")
                comment.set(W + "id", str(comment_id))
                comment.set(W + "author", author)
                comment.set(W + "date", self.date)
                comment.set(W + "initials", "".join(w[0] for w in author.split()))
                paragraph = etree.SubElement(comment, W + "p")
                paragraph.append(_text_run(text))
            parts["word/comments.xml"] = etree.tostring(root, xml_declaration=True,
                                                        encoding="UTF-8")  # fmt: skip
            types = parts["[Content_Types].xml"].decode()
            types = types.replace(
                "</Types>",
                f'<Override PartName="/word/comments.xml" ContentType="{COMMENTS_TYPE}"/></Types>',
            )
            parts["[Content_Types].xml"] = types.encode()
            rels = parts["word/_rels/document.xml.rels"].decode()
            rels = rels.replace(
                "</Relationships>",
                f'<Relationship Id="rIdReview1" Type="{COMMENTS_REL}" Target="comments.xml"/>'
                "</Relationships>",
            )
            parts["word/_rels/document.xml.rels"] = rels.encode()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        return target
