"""DOCX files through python-docx, in document order, tables included.

`Document.paragraphs` skips tables, and offices put the header (issuer, số hiệu,
motto, place and date) and often the signature block in borderless two-column
tables. So the body is walked element by element: paragraphs as lines; a
layout table (borderless, or the first/last block, at most 4 rows and 3
columns) column by column, left column first; other tables row by row with
cells separated by a tab. Automatic list numbers ("1.", "a)", bullets) are
rendered from numbering.xml, since they are not in the paragraph text.
Footnotes are marked with superscript numbers where they are referenced
("Hưng Yên⁶") and appended at the end ("⁶ text"). Legacy .doc/.rtf/.odt files
are converted with LibreOffice first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from vanban.errors import IngestError, plain

from . import legacy
from .limits import DEFAULT, Limits, check_zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PAGE_BREAK = "\f"  # internal marker, removed before returning


def superscript(n: int) -> str:
    return str(n).translate(_SUPERSCRIPT)


# ---------------------------------------------------------------- numbering

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
MAX_ROMAN = 3999  # no roman numeral past MMMCMXCIX; larger list numbers are written in digits
MAX_LEVELS = 9  # Word's list levels are 0..8


def _roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        k, n = divmod(n, v)
        out.append(s * k)
    return "".join(out)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        s = ""
        while n > 0:  # logarithmic in n
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman") and 0 < n <= MAX_ROMAN:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _int(value: str | None, default: int | None) -> int | None:
    """An integer attribute, or `default` when absent; None when present but not a number."""
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return None


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


def _val(el, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


@dataclass
class Numbering:
    """Renders automatic list labels: counters per list, reset below the current level.

    numbering.xml written by other tools can be wrong (a level 12, start="abc"):
    a bad level is left out, so its paragraphs keep their text without a label,
    and `notes` says so once per kind of fault.
    """

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    counters: dict[str, list[int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        if message not in self.notes:
            self.notes.append(message)

    def _level(self, lvl) -> tuple[int, _Level] | None:
        ilvl = _int(lvl.get(f"{_W}ilvl"), 0)
        start = _int(_val(lvl, "start"), 1)
        if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
            self.note(f"numbering: list level {lvl.get(f'{_W}ilvl')!r} out of range; its labels left out")
            return None
        if start is None:
            self.note(f"numbering: list start {_val(lvl, 'start')!r} is not a number; its labels left out")
            return None
        return ilvl, _Level(start, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "")

    @classmethod
    def from_document(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls()
        out = cls()
        abstract: dict[str | None, dict[int, _Level]] = {}
        for an in root.findall(f"{_W}abstractNum"):
            parsed = (out._level(lvl) for lvl in an.findall(f"{_W}lvl"))
            abstract[an.get(f"{_W}abstractNumId")] = dict(lv for lv in parsed if lv is not None)
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            levels = {k: _Level(v.start, v.fmt, v.text) for k, v in abstract.get(ref.get(f"{_W}val"), {}).items()}
            for ov in num.findall(f"{_W}lvlOverride"):
                out._override(levels, ov)
            out.levels[num.get(f"{_W}numId") or ""] = levels
        return out

    def _override(self, levels: dict[int, _Level], ov) -> None:
        so = ov.find(f"{_W}startOverride")
        il = _int(ov.get(f"{_W}ilvl"), 0)
        if so is None or il not in levels:
            return
        start = _int(so.get(f"{_W}val"), 1)
        if start is None:
            self.note(f"numbering: start override {so.get(f'{_W}val')!r} is not a number; ignored")
        else:
            levels[il].start = start

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not 0 <= ilvl < MAX_LEVELS:
            self.note(f"numbering: a paragraph at list level {ilvl} (out of range); its label left out")
            return ""
        if not levels or ilvl not in levels:
            return ""
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, [0] * MAX_LEVELS)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else level.start
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = 0
        text = level.text
        for k in range(ilvl + 1):
            lv = levels.get(k, _Level())
            text = text.replace(f"%{k + 1}", _format_number(counters[k] or lv.start, lv.fmt))
        return text


def _num_pr(p, styles) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph's properties or, failing that, its style chain."""
    ppr = p.find(f"{_W}pPr")
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    style_id = _val(ppr, "pStyle") if ppr is not None else None
    seen = set()
    while num_pr is None and style_id and style_id not in seen and styles is not None:
        seen.add(style_id)
        style = styles.get(style_id)
        if style is None:
            break
        sppr = style.find(f"{_W}pPr")
        num_pr = sppr.find(f"{_W}numPr") if sppr is not None else None
        style_id = _val(style, "basedOn")
    if num_pr is None:
        return None
    nid = _val(num_pr, "numId")
    if nid is None or nid == "0":
        return None
    ilvl = _int(_val(num_pr, "ilvl"), 0)
    return nid, ilvl if ilvl is not None else -1  # -1: not a number, label() notes and skips it


# ---------------------------------------------------------------- body walk


def _rpr_font(rpr) -> str | None:
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    return (fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")) if fonts is not None else None


@dataclass
class _Fonts:
    """The font a run is set in: its own, its character style's, its paragraph style's, the default.

    Only to recognise legacy TCVN3/VNI fonts (.VnTime, VNI-Times), whose runs hold
    Latin-1 letters standing for Vietnamese ones.
    """

    styles: dict
    default: str | None = None
    cache: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document, styles: dict) -> _Fonts:
        root = document.styles.element
        rpr = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        fonts = cls(styles, _rpr_font(rpr))
        normal = next((sid for sid, s in styles.items()
                       if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true")), None)
        fonts.default = fonts.style(normal) or fonts.default
        return fonts

    def style(self, style_id: str | None) -> str | None:
        seen: set[str] = set()
        start = style_id
        if style_id in self.cache:
            return self.cache[style_id]
        font = None
        while style_id and style_id not in seen and font is None:
            seen.add(style_id)
            s = self.styles.get(style_id)
            if s is None:
                break
            font = _rpr_font(s.find(f"{_W}rPr"))
            style_id = _val(s, "basedOn")
        if start:
            self.cache[start] = font
        return font

    def run(self, r, paragraph_font: str | None) -> str | None:
        rpr = r.find(f"{_W}rPr")
        own = _rpr_font(rpr)
        if own:
            return own
        char_style = self.style(_val(rpr, "rStyle")) if rpr is not None else None
        return char_style or paragraph_font or self.default


@dataclass
class _Walk:
    numbering: Numbering
    styles: dict | None
    footnote_numbers: dict[str, int] = field(default_factory=dict)  # (kind:id) -> printed number
    fonts: _Fonts | None = None
    paragraph_font: str | None = None
    legacy_fonts: dict[str, str] = field(default_factory=dict)  # legacy font seen -> its encoding

    def run(self, r) -> str:
        text = self.inline(r)
        font = self.fonts.run(r, self.paragraph_font) if self.fonts else _rpr_font(r.find(f"{_W}rPr"))
        found = legacy.font_encoding(font)
        if found is None or not text:
            return text
        self.legacy_fonts.setdefault(font or "", found[0])
        return legacy.convert(text, found[0], upper=found[1])

    def inline(self, el) -> str:
        """Text of a paragraph's content in order: runs, tabs, breaks, footnote marks, text boxes."""
        out: list[str] = []
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}r":
                out.append(self.run(child))
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append(PAGE_BREAK if child.get(f"{_W}type") == "page" else "\n")
            elif tag == f"{_W}lastRenderedPageBreak":
                out.append(PAGE_BREAK)
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                key = ("f" if "foot" in tag else "e") + ":" + child.get(f"{_W}id", "")
                number = self.footnote_numbers.setdefault(key, len(self.footnote_numbers) + 1)
                out.append(superscript(number))
            elif tag == f"{_W}txbxContent":
                out.append("\n" + "\n".join(self.blocks(child)) + "\n")
            elif tag in (f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText", f"{_W}pPr", f"{_W}rPr", f"{{{MC}}}Fallback"):
                continue  # deleted revisions, field codes, properties, duplicate drawing fallbacks
            else:
                out.append(self.inline(child))
        return "".join(out)

    def paragraph(self, p) -> str:
        if self.fonts is not None:
            ppr = p.find(f"{_W}pPr")
            self.paragraph_font = self.fonts.style(_val(ppr, "pStyle") if ppr is not None else None)
        text = self.inline(p)
        num = _num_pr(p, self.styles)
        if num and text.strip():
            label = self.numbering.label(*num)
            if label:
                text = f"{label} {text.lstrip()}" if label != "-" else f"- {text.lstrip()}"
        return text

    def blocks(self, parent, top_level: bool = False) -> list[str]:
        children = [c for c in parent if isinstance(c.tag, str)]
        content = [c for c in children if c.tag in (f"{_W}p", f"{_W}tbl", f"{_W}sdt")]
        out: list[str] = []
        for i, child in enumerate(content):
            if child.tag == f"{_W}p":
                out.append(self.paragraph(child))
            elif child.tag == f"{_W}sdt":
                inner = child.find(f"{_W}sdtContent")
                if inner is not None:
                    out.extend(self.blocks(inner))
            else:
                edge = top_level and (_first_text_block(content, i) or _last_text_block(content, i))
                out.extend(self.table(child, edge))
        return out

    def _cells(self, tr) -> list:
        cells: list = []
        for tc in tr.findall(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            if vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue"):
                cells.append(None)  # continuation of a vertically merged cell: no text of its own
            else:
                cells.append(tc)
        return cells

    def cell_lines(self, tc) -> list[str]:
        return [line for line in self.blocks(tc) if line.strip()]

    def table(self, tbl, edge: bool) -> list[str]:
        rows = [self._cells(tr) for tr in tbl.findall(f"{_W}tr")]
        ncols = max((len(r) for r in rows), default=0)
        if rows and len(rows) <= 4 and 2 <= ncols <= 3 and (edge or _borderless(tbl)):
            out: list[str] = []
            for col in range(ncols):  # layout table: left column first, then the next
                for r in rows:
                    if col < len(r) and r[col] is not None:
                        out.extend(self.cell_lines(r[col]))
                out.append("")
            return out
        if ncols == 1:  # a one-column table is a box around text (a title and its trích yếu): its lines
            return [line for r in rows if r and r[0] is not None for line in self.cell_lines(r[0])]
        lines = []
        for r in rows:
            cells = [" ".join(self.cell_lines(tc)) if tc is not None else "" for tc in r]
            if any(c.strip() for c in cells):
                lines.append("\t".join(cells))
        return lines


def _has_text(el) -> bool:
    return any((t.text or "").strip() for t in el.iter(f"{_W}t"))


def _first_text_block(content: list, i: int) -> bool:
    return not any(_has_text(c) for c in content[:i])


def _last_text_block(content: list, i: int) -> bool:
    return not any(_has_text(c) for c in content[i + 1:])


def _borderless(tbl) -> bool:
    """True when the table's own borders are absent or all none/nil (the usual header table)."""
    tblpr = tbl.find(f"{_W}tblPr")
    borders = tblpr.find(f"{_W}tblBorders") if tblpr is not None else None
    style = tblpr.find(f"{_W}tblStyle") if tblpr is not None else None
    if borders is None:
        # no direct borders: a grid style draws lines, the default "Table Normal" does not
        return style is None or "grid" not in (style.get(f"{_W}val") or "").lower()
    return all(b.get(f"{_W}val") in ("nil", "none", None) for b in borders)


def _parse_notes_xml(blob: bytes, kind: str, notes: list[str]):
    """The notes part as XML; a damaged part is read as far as it goes (recover), with a note."""
    try:
        return etree.fromstring(blob)
    except etree.XMLSyntaxError as e:
        try:
            root = etree.fromstring(blob, etree.XMLParser(recover=True))
        except etree.XMLSyntaxError:  # nothing at all could be recovered
            root = None
        got = "what could be read is kept" if root is not None else "their texts are left out"
        notes.append(f"{kind}.xml is damaged ({e.msg}); {got}")
        return root


def _notes(document, kind: str, notes: list[str]) -> dict[str, str]:
    """{id: text} of footnotes or endnotes, from word/footnotes.xml (python-docx has no API)."""
    out: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/" + kind) and not rel.is_external:
            root = _parse_notes_xml(rel.target_part.blob, kind, notes)
            if root is None:
                continue
            tag = "footnote" if kind == "footnotes" else "endnote"
            for note in root.iter(f"{_W}{tag}"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                walk = _Walk(Numbering(), None)
                text = " ".join(line.strip() for line in walk.blocks(note) if line.strip())
                out[note.get(f"{_W}id", "")] = text
    return out


# Parts a document can lose and still be read: a damaged one is recovered as far as it goes, or
# replaced by an empty one of its kind (no list numbers, default styles), with a note.
SPARE_PARTS = {
    "word/numbering.xml": "numbering", "word/styles.xml": "styles", "word/settings.xml": "settings",
    "word/footnotes.xml": "footnotes", "word/endnotes.xml": "endnotes", "word/fontTable.xml": "fonts",
    "word/webSettings.xml": "webSettings", "word/stylesWithEffects.xml": "styles",
}


def _repaired_package(path: str, tmpdir: str) -> tuple[str, list[str]] | None:
    """A copy of the package with damaged spare parts recovered or emptied; None when none is to blame."""
    out = os.path.join(tmpdir, "repaired.docx")
    notes: list[str] = []
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = z.read(info)
            if info.filename in SPARE_PARTS:
                data = _repaired_part(info.filename, data, notes)
            w.writestr(info, data)
    return (out, notes) if notes else None


def _repaired_part(name: str, data: bytes, notes: list[str]) -> bytes:
    try:
        etree.fromstring(data)
        return data
    except etree.XMLSyntaxError as e:
        reason = e.msg
    try:
        root = etree.fromstring(data, etree.XMLParser(recover=True))
    except etree.XMLSyntaxError:
        root = None
    if root is not None and root.tag == f"{_W}{SPARE_PARTS[name]}":
        notes.append(f"{name} is damaged ({reason}); what could be read is kept")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    notes.append(f"{name} is damaged ({reason}); left out")
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{SPARE_PARTS[name]} xmlns:w="{W}"/>'.encode()


def _open_docx(path: str, limits: Limits, tmpdir: str) -> tuple[object, list[str]]:
    """python-docx's Document, after the size checks; a damaged spare part is repaired first."""
    import docx

    try:
        # no testzip(): it inflates every member (images too); a corrupt part fails the parse below
        with zipfile.ZipFile(path) as z:
            check_zip(z, limits, path)
            if "word/document.xml" not in z.namelist():
                raise IngestError("not a valid DOCX: no word/document.xml in the archive", path)
        try:
            return docx.Document(path), []
        except etree.XMLSyntaxError as e:
            repaired = _repaired_package(path, tmpdir)
            if repaired is None:  # the body itself (document.xml) or a part no document can lose
                raise IngestError(f"not a valid DOCX: damaged XML ({e.msg})", path) from e
            return docx.Document(repaired[0]), repaired[1]
    except IngestError:
        raise
    except etree.XMLSyntaxError as e:
        raise IngestError(f"not a valid DOCX: damaged XML ({e.msg})", path) from e
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, zlib.error) as e:
        raise IngestError(f"not a valid DOCX: damaged package ({plain(e)})", path) from e


def read_docx(path: str, limits: Limits = DEFAULT) -> tuple[list[str], dict[str, str], list[str]]:
    """-> (page texts, {printed footnote number: text}, notes)."""
    with tempfile.TemporaryDirectory(prefix="vanban_docx_") as tmp:
        document, repairs = _open_docx(path, limits, tmp)
    return _read_document(document, repairs)


def _read_document(document, repairs: list[str]) -> tuple[list[str], dict[str, str], list[str]]:
    styles = {s.get(f"{_W}styleId"): s for s in document.styles.element.findall(f"{_W}style")}
    walk = _Walk(Numbering.from_document(document), styles, fonts=_Fonts.from_document(document, styles))
    lines = walk.blocks(document.element.body, top_level=True)
    text = "\n".join(lines)
    notes: list[str] = repairs + walk.numbering.notes
    for font, encoding in walk.legacy_fonts.items():
        notes.append(legacy.note(encoding, f"runs set in {font}"))
    found = None if walk.legacy_fonts else legacy.detect(text)
    if found is not None:  # legacy letters without their font (pasted, or the font replaced)
        notes.append(legacy.note(found[0]))
        text = found[1]
    footnotes: dict[str, str] = {}
    if walk.footnote_numbers:
        bodies = {"f": _notes(document, "footnotes", notes), "e": _notes(document, "endnotes", notes)}
        for key, number in sorted(walk.footnote_numbers.items(), key=lambda kv: kv[1]):
            kind, _, nid = key.partition(":")
            if nid in bodies[kind]:
                footnotes[str(number)] = bodies[kind][nid]
            else:
                notes.append(f"footnote {number} referenced but not found")
    pages = [p.strip("\n") for p in text.split(PAGE_BREAK)]
    pages = [p for i, p in enumerate(pages) if p.strip() or i == 0]
    return pages, footnotes, notes


# ---------------------------------------------------------------- legacy formats

CONVERT_HINT = "install LibreOffice (apt-get install libreoffice-writer-nogui) or save the file as .docx"


def convert_to_docx(path: str, tmpdir: str, timeout: int = 180) -> str:
    """Convert .doc/.rtf/.odt to .docx with LibreOffice headless; -> path of the .docx."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise IngestError(f"legacy Word/RTF/ODT file needs converting; {CONVERT_HINT}", path)
    profile = os.path.join(tmpdir, "lo_profile")
    cmd = [exe, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}", "--convert-to", "docx", "--outdir", tmpdir, path]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise IngestError(f"LibreOffice conversion timed out after {timeout} s", path) from e
    out = os.path.join(tmpdir, os.path.splitext(os.path.basename(path))[0] + ".docx")
    if proc.returncode != 0 or not os.path.exists(out):
        err = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[:300]
        raise IngestError(f"LibreOffice could not convert the file ({err or 'no output'})", path)
    return out


def read_legacy(path: str, limits: Limits = DEFAULT) -> tuple[list[str], dict[str, str], list[str]]:
    if zipfile.is_zipfile(path):  # .odt: a bomb would exhaust LibreOffice instead of us
        with zipfile.ZipFile(path) as z:
            check_zip(z, limits, path)
    with tempfile.TemporaryDirectory(prefix="vanban_doc_") as tmp:
        converted = convert_to_docx(path, tmp)
        pages, footnotes, notes = read_docx(converted, limits)
    return pages, footnotes, [f"converted {os.path.splitext(path)[1] or 'file'} to .docx with LibreOffice"] + notes
