"""A signer's title line spoiled by a seal or a signature, read again across the signature column
(issue 9: scans; ingest/sigtitles.py)."""

from __future__ import annotations

import pytest
from ingest_fixtures import BLOCK_PAGE, block_font, centred_line, needs_tesseract, read_line

from vanban.ingest.layout import Word
from vanban.ingest.sigtitles import REREAD_CAP, reread_titles, title_words


@pytest.mark.parametrize("read, title", [
    (read_line(("_...", 59), ("PHÓ", 90), ("CHỦ", 96), ("TỊCH", 96)), "PHÓ CHỦ TỊCH"),   # a ring's dots before it
    (read_line(("-_PHÓ", 31), ("CHỦ", 93), ("TICH", 0)), "PHÓ CHỦ TỊCH"),     # marks glued on, a mark lost
    (read_line(("CHỦ", 97), ("TỊCH", 96)), "CHỦ TỊCH"),
    (read_line(("KT.", 75), ("GIÁM", 90), ("ĐÓC", 88)), "KT. GIÁM ĐỐC"),       # an authority prefix first
    (read_line(("PHÓCHỦTỊCH", 18)), "PHÓ CHỦ TỊCH"),                         # read without its spaces
    (read_line(*((c, 60) for c in "PHÓCHỦTỊCH")), "PHÓ CHỦ TỊCH"),            # read letter by letter
    (read_line(("KT.CHỦ", 91), ("TỊCH", 96)), "KT. CHỦ TỊCH"),
    (read_line(("THỨ", 91), ("TRƯỞNG", 93)), "THỨ TRƯỞNG"),                   # a deputy's own title
])
def test_a_second_read_spelling_a_title_is_taken(read, title):
    got = title_words(read)
    assert got is not None and " ".join(w.text for w in got) == title
    assert all(w.conf is not None and w.conf <= REREAD_CAP for w in got)  # a tolerant read is never sure


@pytest.mark.parametrize("read", [
    read_line(("CHỦ", 97), ("TỊCH", 96), ("XÃ", 90)),          # more than a title
    read_line(("PHÓ", 90), ("CHỦ", 96)),                         # less than a title
    read_line(("Phó", 90), ("Chủ", 96), ("tịch", 96)),           # not a printed title line
    read_line(("Nguyễn", 96), ("Ngọc", 96), ("Hè", 96)),         # a name
    read_line(("„ZS", 0), ("TƯỜNG", 54), ("r", 80)),            # a seal's ring
    read_line(("—————-", 6), ("..", 0)),                         # marks alone
    [],
])
def test_any_other_second_read_is_refused(read):
    assert title_words(read) is None


# ---- drawn signature blocks: a red seal and a blue signature over the title ---------------------------

WIDTH, HEIGHT = BLOCK_PAGE


def _words(texts: list[str], box: tuple[float, float, float, float], conf: float) -> list[Word]:
    """What the page's read made of a line: `texts` spread over the line's box."""
    x0, x1, top, bottom = box
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + k * step, x0 + (k + 1) * step - 10, top, bottom, conf) for k, t in enumerate(texts)]


def _block(title: str, first_read: list[str]) -> tuple[object, list[Word]]:
    """A closing block: Nơi nhận on the left; KT. CHỦ TỊCH, `title`, a red seal and a blue signature,
    and the name on the right. The page's first read of `title` is `first_read` at 5%."""
    from PIL import Image, ImageChops, ImageDraw

    from vanban.ingest.ocr import drop_colour_ink

    page = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    font = block_font(42)
    centre = 1740.0
    draw.text((250, 300), "Nơi nhận:", fill=(0, 0, 0), font=block_font(30), anchor="ls")
    head = centred_line(draw, "KT. CHỦ TỊCH", centre, 300, font)
    line = centred_line(draw, title, centre, 365, font)
    ink = Image.new("RGB", page.size, (255, 255, 255))  # seal and pen ink, laid over the print as ink is
    pen = ImageDraw.Draw(ink)
    pen.ellipse((1420, 330, 1900, 810), outline=(220, 40, 50), width=14)                  # the seal's ring
    pen.line([(1500, 520), (1650, 345), (1800, 700), (2100, 380)], fill=(25, 35, 120), width=5)  # the signature
    page = ImageChops.multiply(page, ink)
    draw = ImageDraw.Draw(page)
    name = centred_line(draw, "Nguyễn Ngọc Hè", centre, 900, font)
    words = _words(["KT.", "CHỦ", "TỊCH"], head, 96.0) + _words(first_read, line, 5.0) \
        + _words(["Nguyễn", "Ngọc", "Hè"], name, 96.0) + [Word("Nơi", 250, 310, 275, 305, 95.0)]
    return drop_colour_ink(page), words


@needs_tesseract
def test_a_title_line_read_as_scraps_is_read_again():
    page, words = _block("PHÓ CHỦ TỊCH", ["K.R”U", "JAR.EE"])
    out, notes = reread_titles(page, 300.0, words)
    texts = [w.text for w in out]
    assert "K.R”U" not in texts and texts[-3:] == ["PHÓ", "CHỦ", "TỊCH"] and len(notes) == 1
    assert texts[:3] == ["KT.", "CHỦ", "TỊCH"] and ["Nguyễn", "Ngọc", "Hè"] == texts[3:6]  # the rest as read


@needs_tesseract
def test_a_line_that_is_no_title_stays_as_read():
    """Read again, the line says something that is no title of the tables: the first read stays."""
    page, words = _block("Trần Văn Ba ký", ["Trần", "Văn", "Bạ", "kỹ"])
    assert reread_titles(page, 300.0, words) == (words, [])


def test_a_page_without_a_name_line_is_not_read_again(monkeypatch):
    """No signer's name on the right: no signature column to read (and no tesseract call)."""
    from PIL import Image

    from vanban.ingest import sigtitles

    monkeypatch.setattr(sigtitles, "read_box", lambda *a: pytest.fail("read again"))
    words = _words(["K.R”U", "JAR.EE"], (1500.0, 1900.0, 330.0, 380.0), 5.0)
    assert reread_titles(Image.new("L", (WIDTH, HEIGHT), 255), 300.0, words) == (words, [])



def _authority_block(first_read_title: list[Word] | None) -> tuple[object, list[Word]]:
    """TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH with a dark seal's ring beside the title; the page's read has the
    authority line and, of the title, `first_read_title`; no name line (the seal ate it)."""
    from PIL import Image, ImageDraw

    from vanban.ingest.ocr import drop_colour_ink

    page = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    font = block_font(50)
    head = centred_line(draw, "TM. ỦY BAN NHÂN DÂN", 1740.0, 300, font)
    title = centred_line(draw, "CHỦ TỊCH", 1740.0, 375, font)
    draw.ellipse((1150, 360, 1520, 730), outline=(60, 60, 60), width=10)  # a photocopied seal: as dark as print
    words = _words(["TM.", "ỦY", "BAN", "NHÂN", "DÂN"], head, 96.0)
    if first_read_title is not None:
        x0, x1, top, bottom = title
        words += [Word(w.text, x0, x1, top, bottom, w.conf) for w in first_read_title]
    return drop_colour_ink(page), words


@needs_tesseract
def test_a_title_line_lost_under_an_authority_line_is_read():
    page, words = _authority_block(None)
    out, notes = reread_titles(page, 300.0, words)
    assert [w.text for w in out][-2:] == ["CHỦ", "TỊCH"] and len(notes) == 1


def test_a_line_read_surely_under_an_authority_line_is_not_read_again(monkeypatch):
    """The authority's second line (or the title) read surely: nothing to read again."""
    from vanban.ingest import sigtitles

    monkeypatch.setattr(sigtitles, "read_box", lambda *a: pytest.fail("read again"))
    for second in (["CHỦ", "TỊCH"], ["HUYỆN", "ĐOÀN"]):
        page, words = _authority_block([Word(t, 0, 0, 0, 0, 95.0) for t in second])
        assert reread_titles(page, 300.0, words) == (words, [])


# ---- the closing block around a title read again (segment/closing.py) ---------------------------------

DOC = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc
Số: 339/QĐ-UBND\tĐiện Biên, ngày 19 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

{closing}
"""
ANNEX = "\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n" + "".join(f"\n{k}. Thủ tục cấp giấy phép số {k} của Sở Y tế tỉnh\n"
                                                    for k in range(1, 60))


@pytest.mark.parametrize("closing, name", [
    # a seal's scraps in name shape under the title, the name below them
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\nng\nTả F)\nKếy Ji\n\nLê Thành Đô\n", "Lê Thành Đô"),
    # a name of no Vietnamese syllables alone is still the name
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nY Biêr Niê\n", "Y Biêr Niê"),
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Thành Đô\n", "Lê Thành Đô"),
])
def test_the_name_is_the_first_line_of_name_syllables(closing, name):
    from vanban import parse_text

    rec = parse_text(DOC.format(closing=closing))
    assert rec.signer is not None and (rec.signer.name, rec.signer.position) == (name, "Chủ tịch")


@pytest.mark.parametrize("label", ["T - Như TÁC Điêu MM 3;", "Nơi nhận:\n- Như Điều 3;"])
def test_a_signature_beside_an_unread_list_label_before_a_long_annex(label):
    """OCR lost 'Nơi nhận:' into scraps of the first item; the authority cell beside it still says where
    the document ends and its long annex begins (else the closing is looked for in the annex)."""
    from vanban import parse_text

    closing = (f"{label}\tKT. CHỦ TỊCH\n- Cục KSTTHC, VPCP;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\tHuỳnh Hữu Trí\n" + ANNEX)
    rec = parse_text(DOC.format(closing=closing))
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == ("Huỳnh Hữu Trí", "Phó Chủ tịch",
                                                                            "KT. Chủ tịch")


@pytest.mark.parametrize("title, position", [
    ('_°)”° "PHÓ BÍ THƯ', "Phó Bí thư"),     # a seal's marks glued before PHÓ: PHÓ stays
    ("'_.PHÓ BÍ THƯ", "Phó Bí thư"),
    ("LUFỆ V) BÍ THƯ", "Bí thư"),             # scraps as words before the title go
    ("PHÓ BÍ THƯ", "Phó Bí thư"),
])
def test_marks_glued_before_a_title_word(title, position):
    from vanban import parse_text

    closing = f"Nơi nhận:\n- Ủy ban Kiểm tra Đảng ủy Khối (b/c);\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\n{title}\n\nHà Thị Minh Nguyệt\n"
    rec = parse_text(DOC.format(closing=closing))
    assert rec.signer is not None and (rec.signer.position, rec.signer.name) == (position, "Hà Thị Minh Nguyệt")


# ---- a title the page read whole but for marks glued to it or put beside it ------------------------------

_NAME = [("Hoàng", 96.0), ("Nam", 96.0)]


def _column(title_line: list[tuple[str, float]]) -> list[Word]:
    """KT. CHỦ TỊCH read surely, `title_line` under it, the name far below, in the signature column."""
    def line(pairs, top):
        return [Word(t, 1500.0 + 130 * k, 1500.0 + 130 * k + 110, top, top + 50, c) for k, (t, c) in enumerate(pairs)]

    return line([("KT.", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)], 284.0) + line(title_line, 349.0) + line(_NAME, 756.0)


@pytest.mark.parametrize("title_line, title", [
    ([(":", 83.0), ("'_.PHÓ", 24.0), ("CHỦ", 96.0), ("TỊCH", 96.0)], "PHÓ CHỦ TỊCH"),  # a seal's scraps glued on
    ([("PHÓ", 95.0), ("CHỦ", 96.0), ("TỊCH,-", 96.0)], "PHÓ CHỦ TỊCH"),               # a stroke's end after it
    ([("_°)”°", 10.0), ('"PHÓ', 90.0), ("BÍ", 96.0), ("THƯ", 96.0)], "PHÓ BÍ THƯ"),
])
def test_marks_glued_to_a_title_the_page_read_are_dropped_without_a_second_read(monkeypatch, title_line, title):
    from PIL import Image

    from vanban.ingest import sigtitles

    monkeypatch.setattr(sigtitles, "read_box", lambda *a, **k: pytest.fail("read again"))
    words = _column(title_line)
    out, notes = reread_titles(Image.new("L", (WIDTH, HEIGHT), 255), 300.0, words)
    middle = [w for w in out if 340 <= w.top <= 360]
    assert " ".join(w.text for w in sorted(middle, key=lambda w: w.x0)) == title and len(notes) == 1
    read = {t: c for t, c in title_line}
    for w in middle:  # a word stripped of its marks scores REREAD_CAP at most; one read as it stands keeps its score
        assert w.conf == read[w.text] if w.text in read else (w.conf is not None and w.conf <= REREAD_CAP)


@pytest.mark.parametrize("title_line", [
    [("PHÓ", 96.0), ("CHỦ", 97.0), ("TỊCH", 96.0)],              # read clean: left as read
    [("'_.PHÓ", 24.0), ("CHỦ", 96.0), ("TỊCH", 96.0), ("XÃ", 90.0)],  # marks, but no title once they go
    [("Phó", 96.0), ("chủ", 97.0), ("tịch,", 96.0)],             # not a line of capitals
])
def test_a_clean_title_or_no_title_is_left_as_read(monkeypatch, title_line):
    from PIL import Image

    from vanban.ingest import sigtitles

    monkeypatch.setattr(sigtitles, "read_box", lambda *a, **k: [])
    words = _column(title_line)
    assert reread_titles(Image.new("L", (WIDTH, HEIGHT), 255), 300.0, words) == (words, [])
