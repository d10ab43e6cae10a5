"""Contacts extractor: emails, URLs, phones and Đ/c persons from real snippets."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, SAMPLES, shared_corpus

from vanban.context import Context
from vanban.extract.contacts import extract
from vanban.normalize import normalize


def contacts(text: str, **ctx_args):
    return extract(Context(text, **ctx_args))


def test_email_in_a_sentence():
    c = contacts("báo cáo nhanh kết quả về Ban Tổ chức - Kiểm tra Tỉnh đoàn (email: bantckt.tdbentre@gmail.com) "
                 "trước ngày 31/3/2021.")
    assert c.emails == ["bantckt.tdbentre@gmail.com"]
    assert c.urls == [] and c.phones == []


def test_email_at_sentence_end_and_deduplicated():
    c = contacts("thông qua địa chỉ email doankhoi@tphcm.gov.vn. Gửi lại doankhoi@tphcm.gov.vn")
    assert c.emails == ["doankhoi@tphcm.gov.vn"]


def test_mailto_residue():
    c = contacts("gửi về hộp thư [banphongtraotdkg@gmail.com](mailto:banphongtraotdkg@gmail.com) trước 12h00")
    assert c.emails == ["banphongtraotdkg@gmail.com"]
    assert c.urls == []


def test_obfuscated_email_is_not_an_email():
    assert contacts("hộp thư điện tử: [email protected])").emails == []


def test_markdown_url_and_first_seen_order():
    c = contacts("truy cập vào website <https://dichvucong.binhphuoc.gov.vn/>, biết cách thao tác. Cuộc thi trên "
                 "website <https://tinhdobinhphuoc.vn/> và website <https://dichvucong.binhphuoc.gov.vn/>")
    assert c.urls == ["https://dichvucong.binhphuoc.gov.vn/", "https://tinhdobinhphuoc.vn/"]


def test_url_with_trailing_period_and_split_domain():
    assert contacts("tại website: https://moitruongthudo.vn/.\n- Hạn chế").urls == ["https://moitruongthudo.vn/"]
    assert contacts("Cổng Dịch vụ công quốc gia (https://dichvucong.gov. vn)\nKhông").urls == [
        "https://dichvucong.gov.vn"]


def test_phone_forms():
    assert contacts("Sở Giáo dục và Đào tạo, điện thoại: 02439411232.").phones == ["02439411232"]
    assert contacts("Nghề nghiệp và Đại học, số điện thoại: 0906.040.219; hộp thư").phones == ["0906.040.219"]
    assert contacts("Số ĐT: 0971171792)").phones == ["0971171792"]
    # constructed: these forms are not in the corpora
    assert contacts("Điện thoại: (028) 3829 5123, di động 0913 456 789").phones == ["(028) 3829 5123", "0913 456 789"]
    assert contacts("Hotline: +84 24 3941 1232").phones == ["+84 24 3941 1232"]
    assert contacts("Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ").phones == ["112"]


def test_codes_numbers_and_dates_are_not_phones():
    assert contacts("Công ty TNHH Công nghệ Huawei Việt Nam (MST: 0102735469) và hồ sơ").phones == []
    assert contacts("<td>THỦ TỤC HÀNH CHÍNH CÁP</td><td>0300000001</td>").phones == []
    assert contacts("Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023; mức độ 3; 2.000894.000.00.00").phones == []


def test_contact_person_with_role():
    text = ("Ban Thường vụ Đoàn Khối phân công Đ/c Nguyễn Trường Giang – Phó Bí thư Đoàn Khối phụ trách theo dõi.")
    c = contacts(text)
    assert [(p.name, p.role) for p in c.people] == [("Nguyễn Trường Giang", "Phó Bí thư Đoàn Khối")]
    p = c.people[0]
    assert text[p.span[0]:p.span[1]] == "Đ/c Nguyễn Trường Giang – Phó Bí thư Đoàn Khối"


def test_address_abbreviation_and_titles_are_not_people():
    assert contacts("(Đ/c: Tầng 2 và tầng 10, Tòa nhà Cornerstone, 16 Phan Chu Trinh)").people == []
    assert contacts("xin ý kiến đồng chí Phó Bí thư Thường trực").people == []


def test_distribution_list_is_not_contacts():
    text = ("Chi tiết liên hệ phòng Chính trị, điện thoại: 02439411232.\nNơi nhận:\n- Như trên;\n"
            "- Đ/c PGĐ Phạm Quốc Toản;\n- Đ/c Nguyễn Quang Tuấn;\n- Lưu: VT.")
    assert contacts(text).people == []
    start = text.index("Nơi nhận")
    zoned = contacts(text, zones={"body": [(0, start)], "distribution": [(start, len(text))]})
    assert zoned.people == []


def test_dev_samples_emails():
    found = want = hit = 0
    for g in sorted(GOLD.glob("*.json")):
        t = SAMPLES / (g.stem + ".txt")
        if not t.exists():
            continue
        gold = {e.casefold() for e in json.loads(g.read_text(encoding="utf-8"))["contacts"].get("emails", [])}
        out = {e.casefold() for e in contacts(normalize(t.read_text(encoding="utf-8")).text).emails}
        found, want, hit = found + len(out), want + len(gold), hit + len(out & gold)
    if not want:
        pytest.skip("no dev samples")
    assert 2 * hit / (found + want) >= 0.9


def test_real_corpus_urls_and_emails():
    real = shared_corpus("real")
    for g in sorted((real / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))["contacts"]
        out = contacts(normalize((real / (g.stem + ".txt")).read_text(encoding="utf-8")).text)
        assert out.emails == gold.get("emails", []), g.stem
        assert out.urls == gold.get("urls", []), g.stem


# The pre-checks (words looked for in the lower-cased text before a family's regexes run) must let
# every spelling through that the regexes themselves accept: any case, any spacing.
@pytest.mark.parametrize(("text", "field", "want"), [
    ("Gọi TỔNG ĐÀI 113 khi cần", "phones", ["113"]),
    ("Đường   dây nóng: 1022 (miễn phí)", "phones", ["1022"]),
    ("HOTLINE 1900 hỗ trợ", "phones", ["1900"]),
    ("Số KHẨN CẤP: 114 của lực lượng", "phones", ["114"]),
    ("Truy cập WWW.DICHVUCONG.GOV.VN để nộp hồ sơ", "urls", ["WWW.DICHVUCONG.GOV.VN"]),
    ("Xem HTTPS://vanban.gov.vn/a.pdf", "urls", ["HTTPS://vanban.gov.vn/a.pdf"]),
])
def test_prechecks_let_every_case_through(text, field, want):
    assert getattr(contacts(text), field) == want


@pytest.mark.parametrize(("text", "names"), [
    ("phân công Đ/C Trần Văn Hùng – Ủy viên Ban Thường vụ", ["Trần Văn Hùng"]),
    ("giao Đồng chí Lê Thị Mai theo dõi", ["Lê Thị Mai"]),
    ("(đ/c Phạm Minh Quân)", ["Phạm Minh Quân"]),
    ("cĐ/c Phạm Minh Quân", []),  # glued to a word: not an introduction
    ("Thủ Đồng chí Lê Thị Mai", ["Lê Thị Mai"]),
    ("Thủđồng chí Lê Thị Mai", []),
])
def test_person_introductions(text, names):
    assert [p.name for p in contacts(text).people] == names
