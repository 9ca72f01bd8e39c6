import json

import pytest

from marsad.errors import InputError
from marsad.input.html import extract_html, looks_like_html
from marsad.input.loader import document_from_bytes
from tests.conftest import shared_path

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الكرملين ينفي إرسال قوات</title>
<meta name="author" content="سارة أحمد">
<meta property="article:published_time" content="2024-10-21T09:00:00+00:00">
<meta property="og:site_name" content="المرصد الإخباري">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>الكرملين ينفي إرسال قوات</h1>
<p>نفى الكرملين يوم الاثنين التقارير التي تحدثت عن إرسال جنود كوريين شماليين إلى روسيا، ووصفها بأنها أخبار كاذبة لا أساس لها.</p>
<p>وقال المتحدث باسم الكرملين إن موسكو لا تعلق على مثل هذه التقارير، مضيفا أن العلاقات مع بيونغ يانغ تتطور بشكل طبيعي منذ توقيع المعاهدة.</p>
<p>وكانت وسائل إعلام كورية جنوبية قد نقلت عن مصادر استخباراتية أن آلاف الجنود وصلوا إلى أقصى شرق روسيا للتدريب.</p>
</article>
<footer><p>جميع الحقوق محفوظة © 2024</p></footer>
</body></html>"""


def test_html_is_recognised_by_content_and_name():
    assert looks_like_html(PAGE.encode())
    assert looks_like_html(b"plain", "page.html")
    assert not looks_like_html("قال الوزير <b> إن".encode())


def test_main_text_and_metadata_are_extracted():
    page = extract_html(PAGE.encode())
    assert page.title == "الكرملين ينفي إرسال قوات"
    assert "نفى الكرملين يوم الاثنين التقارير" in page.text
    assert "الرئيسية" not in page.text and "جميع الحقوق محفوظة" not in page.text
    assert page.date == "2024-10-21"
    assert page.author == "سارة أحمد"
    assert page.site == "المرصد الإخباري"


def test_the_record_indexes_the_extracted_text_and_uses_the_page_date():
    doc = document_from_bytes(PAGE.encode(), name="page.html")
    assert doc.text.startswith("الكرملين ينفي إرسال قوات\n")
    assert doc.meta.source_format == "html"
    assert (doc.meta.published, doc.meta.published_source) == ("2024-10-21", "metadata")
    given = document_from_bytes(PAGE.encode(), name="page.html", published="2024-10-22")
    assert (given.meta.published, given.meta.published_source) == ("2024-10-22", "given")


def test_a_page_without_article_text_is_refused():
    with pytest.raises(InputError, match="no article text"):
        extract_html(b"<html><head><title>x</title><script>var a=1;</script></head><body><div></div></body></html>")


def test_the_cnn_arabic_page_matches_its_expected_text():
    folder = shared_path("data", "html-extraction", "arabic", "cnn_arabic_2013")
    page = extract_html((folder / "source.html").read_bytes())
    expected = (folder / "expected_text.txt").read_text(encoding="utf-8").split()
    got = set(page.text.split())
    assert sum(w in got for w in expected) / len(expected) > 0.9
    assert page.title == json.loads((folder / "expected_metadata.json").read_text(encoding="utf-8"))["title"]


def test_the_assabah_page_keeps_the_article_and_drops_the_chrome():
    folder = shared_path("data", "html-extraction", "arabic", "assabah_tn")
    spec = json.loads((folder / "expected_snippets.json").read_text(encoding="utf-8"))
    page = extract_html((folder / "source.html").read_bytes())
    for snippet in spec["with"]:
        assert snippet in page.text
    for snippet in spec["without"]:
        assert snippet not in page.text
