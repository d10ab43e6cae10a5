"""Builders for hostile and broken input files (issue 17): each test makes its own, nothing is stored."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HEADER_LINES = [
    "BỘ TÀI CHÍNH",
    "Số: 12/BTC-VP",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 5 tháng 3 năm 2024",
    "V/v báo cáo tình hình thực hiện",
    "Kính gửi: Sở Tài chính các tỉnh, thành phố.",
]


def paragraph(text: str, num: tuple[str, str] | None = None, footnote: str | None = None) -> str:
    ppr = ""
    if num is not None:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    ref = f'<w:r><w:footnoteReference w:id="{footnote}"/></w:r>' if footnote else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>{ref}</w:p>'


def numbering_xml(levels: list[tuple[str, str, str, str]], num_id: str = "1") -> str:
    """levels: (ilvl, start, numFmt, lvlText) as raw attribute strings, hostile values allowed."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{il}"><w:start w:val="{st}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/></w:lvl>'
        for il, st, fmt, txt in levels)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>'
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def footnotes_xml(notes: dict[str, str]) -> str:
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:t>{escape(v)}</w:t></w:r></w:p></w:footnote>'
                   for k, v in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W_NS}">{body}</w:footnotes>'


def docx(path: Path, body: list[str], numbering: str | None = None, footnotes: str | None = None,
         padding_mb: int = 0, extra_entries: int = 0) -> Path:
    """A minimal DOCX package; `padding_mb` inflates document.xml (a ZIP bomb), `extra_entries` adds members."""
    types = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
             '<Default Extension="xml" ContentType="application/xml"/>',
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/>']
    rels = []
    if numbering is not None:
        types.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.numbering+xml"/>')
        rels.append(f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>')
    if footnotes is not None:
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append(f'<Relationship Id="rId2" Type="{DOC_REL}/footnotes" Target="footnotes.xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/content-types">{"".join(types)}</Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
                   f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                   f'xmlns="{PKG_RELS}">{"".join(rels)}</Relationships>')
        if numbering is not None:
            z.writestr("word/numbering.xml", numbering)
        if footnotes is not None:
            z.writestr("word/footnotes.xml", footnotes)
        for i in range(extra_entries):
            z.writestr(f"customXml/item{i}.xml", "<a/>")
        with z.open("word/document.xml", "w", force_zip64=padding_mb > 0) as f:
            head, tail = document.split("</w:body>")
            f.write(head.encode("utf-8"))
            chunk = b"<!--" + b" " * ((1 << 20) - 7) + b"-->"
            for _ in range(padding_mb):  # a comment of spaces: compresses about 1000:1
                f.write(chunk)
            f.write(("</w:body>" + tail).encode("utf-8"))
    return path


def header_body(extra: list[str] | None = None) -> list[str]:
    return [paragraph(t) for t in HEADER_LINES] + (extra or [])


# ------------------------------------------------------------------ legacy Vietnamese encodings

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258: letters with circumflex, breve or horn are precomposed, tones are combining marks."""
    import unicodedata

    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def legacy_bytes(text: str, encoding: str) -> bytes:
    """Unicode -> TCVN3 or VNI bytes, through the inverse of the shipped tables (toned TCVN3 capitals lowered)."""
    from vanban.ingest.legacy import _tables

    t = _tables()
    if encoding == "tcvn3":
        inverse = {v: k for k, v in t.tcvn3.items()}
        out = bytearray()
        for ch in text:
            code = inverse.get(ch, inverse.get(ch.lower())) if ord(ch) > 127 else None
            out += bytes([code]) if code is not None else ch.encode("ascii")
        return bytes(out)
    inverse_vni = {v: k for k, v in t.vni.items()}
    return "".join(inverse_vni.get(ch, ch) for ch in text).encode("latin-1")
