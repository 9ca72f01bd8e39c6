"""Page bytes to text: the header's charset, the page's own, a mislabelled Western charset, detection."""
from __future__ import annotations

from marsad.fetch.charset import decode_page, declared_charset, header_charset

PAGE = ("<html><head>{meta}<title>عنوان</title></head><body><p>أعلنت وزارة الصحة في عمّان عن حملة جديدة "
        "للتطعيم تستمر أسبوعين في المدارس والمراكز الصحية.</p></body></html>")


def test_windows_1256_from_the_header():
    data = PAGE.format(meta="").encode("cp1256")
    text, encoding = decode_page(data, "text/html; charset=windows-1256")
    assert encoding == "cp1256" and "أعلنت وزارة الصحة في عمّان" in text


def test_windows_1256_from_the_meta_tag():
    data = PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">').encode("cp1256")
    assert declared_charset(data) == "cp1256"
    text, encoding = decode_page(data, "text/html")
    assert encoding == "cp1256" and "حملة جديدة للتطعيم" in text


def test_a_western_label_on_arabic_bytes_gives_way_to_detection():
    data = PAGE.format(meta="").encode("cp1256")
    text, encoding = decode_page(data, "text/html; charset=ISO-8859-1")
    assert encoding == "cp1256" and "المدارس والمراكز الصحية" in text


def test_undeclared_legacy_bytes_are_detected_on_the_visible_text():
    data = PAGE.format(meta="").encode("cp1256")
    text, encoding = decode_page(data, None)
    assert encoding == "cp1256" and "وزارة الصحة" in text


def test_utf8_with_a_wrong_declaration_that_fails_falls_back():
    data = PAGE.format(meta="").encode("utf-8")
    text, encoding = decode_page(data, "text/html; charset=utf-8")
    assert encoding == "utf-8" and text == PAGE.format(meta="")
    assert header_charset("text/html; charset=\"UTF-8\"") == "utf-8" and header_charset("text/html") is None
