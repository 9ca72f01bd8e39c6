import json

from marsad.corpus.sources import ReadOptions, iter_items
from marsad.record import SCHEMA
from tests.corpus.conftest import ARTICLES, WIRE
from tests.corpus_fixtures import TREATY


def test_saudinewsnet_zip_items_carry_outlet_url_date_and_title(collection):
    items = list(iter_items([collection]))
    assert len(items) == 5
    first = items[0]
    assert first.source == "was" and first.url == "http://www.spa.gov.sa/1001"
    assert first.title == "وزير الحج: استقبال أول وفود الحجاج الأسبوع المقبل"
    doc = first.document
    assert doc.text == f"{first.title}\n\n{WIRE}"
    assert (doc.meta.published, doc.meta.published_source) == ("2015-07-21", "metadata")
    assert doc.meta.id == "2015-07-21-00000" and doc.meta.author == "واس"
    assert items[0].origin.endswith("2015-07-21.zip!2015-07-21.json#0")
    # No title: the content alone.
    assert items[3].document.text.startswith("نفت وزارة الصحة") and items[3].title is None
    assert items[4].error and "empty article" in items[4].error and items[4].document is None
    assert items[4].empty and not any(i.empty for i in items[:4])


def test_content_hash_is_text_at_url(collection):
    items = list(iter_items([collection]))[:2]
    assert items[0].content_hash != items[1].content_hash


def test_folders_text_html_and_jsonl_shapes(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("قال المتحدث إن الاجتماع سيعقد في الرياض.", encoding="utf-8")
    (folder / "sub" / "b.html").write_text(
        "<html><head><title>اجتماع وزاري في الرياض</title></head><body><article><p>"
        + "عقد وزراء خارجية دول الخليج اجتماعا في الرياض لبحث الأوضاع في المنطقة. " * 3
        + "</p></article></body></html>", encoding="utf-8")
    (folder / "c.jsonl").write_text("\n".join([
        json.dumps({"id": "x1", "text": "أعلنت الهيئة العامة للإحصاء ارتفاع معدل التضخم.", "published": "2015-08-01",
                    "source": "was", "url": "http://www.spa.gov.sa/9"}, ensure_ascii=False),
        json.dumps(ARTICLES[2], ensure_ascii=False),
        json.dumps(TREATY, ensure_ascii=False),
        "{not json",
    ]) + "\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    items = list(iter_items([folder]))
    origins = [i.origin.split("/in/")[1] for i in items]
    assert origins == ["a.txt", "c.jsonl:1", "c.jsonl:2", "c.jsonl:3", "c.jsonl:4", "sub/b.html"]
    text_item, line1, line2, line3, bad, html_item = items
    assert text_item.document.meta.id == "a" and text_item.url is None
    assert line1.document.meta.id == "x1" and line1.source == "was" and line1.document.meta.published == "2015-08-01"
    assert line2.source == "aawsat" and line2.document.text.startswith("الإمارات تحدد")
    assert line3.record["schema"] == SCHEMA and line3.document is None and line3.text == TREATY["text"]
    assert bad.error and "not valid JSON" in bad.error
    assert html_item.document.meta.source_format == "html" and html_item.title == "اجتماع وزاري في الرياض"


def test_published_option_fills_only_missing_dates(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("افتتح أمير المنطقة المعرض أمس.", encoding="utf-8")
    (item,) = iter_items([path], ReadOptions(published="2015-08-02"))
    assert item.document.meta.published == "2015-08-02"


def test_missing_path_is_an_error_item(tmp_path):
    (item,) = iter_items([tmp_path / "nope.zip"])
    assert item.error and "no such file" in item.error


def test_count_items_matches_what_is_read(collection, tmp_path):
    from marsad.corpus.sources import count_items
    (tmp_path / "a.txt").write_text("خبر قصير عن الطقس في الرياض.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "نص"}\n\n{"id": 2, "text": "نص آخر"}\n', encoding="utf-8")
    paths = [collection, tmp_path / "a.txt", tmp_path / "b.jsonl"]
    assert count_items(paths) == len(list(iter_items(paths))) == 8


def test_a_collections_html_escaping_is_decoded_once_on_input(tmp_path):
    from tests.corpus.conftest import write_collection
    article = {"source": "okaz", "url": "http://www.okaz.com.sa/new/5005", "date_extracted": "2015-07-22 09:00:00",
               "title": "&quot;بندر بن سلطان&quot;: &#8220;الاتفاق&#8221; خطأ", "author": "",
               "content": "وقال الأمير بندر بن سلطان: &quot;هذا الاتفاق سيجلب الفوضى إلى المنطقة&quot;.<br>"
                          "وأضاف أن &amp; العلاقات مستمرة."}
    (item,) = list(iter_items([write_collection(tmp_path, [article])]))
    assert item.title == '"بندر بن سلطان": “الاتفاق” خطأ'
    text = item.document.text
    assert text == ('"بندر بن سلطان": “الاتفاق” خطأ\n\nوقال الأمير بندر بن سلطان: "هذا الاتفاق سيجلب الفوضى إلى '
                    'المنطقة".\nوأضاف أن & العلاقات مستمرة.')
    assert "&quot;" not in text and "&#" not in text and "&amp;" not in text and "<br>" not in text


def test_a_quote_written_with_quot_is_found_after_decoding(tmp_path):
    import marsad
    from marsad.layers import QUOTES
    from tests.corpus.conftest import write_collection
    article = {"source": "sabq", "url": "https://sabq.org/1", "date_extracted": "2015-07-22 09:00:00",
               "title": "الوزير يعلق", "author": "",
               "content": "وقال وزير الخارجية عادل الجبير للصحفيين: &quot;المملكة ستواصل دعم الشعب اليمني&quot;."}
    (item,) = list(iter_items([write_collection(tmp_path, [article])]))
    doc = marsad.analyze(item.document.text, published="2015-07-22")
    (quote,) = doc.layer(QUOTES)
    assert quote.text == "المملكة ستواصل دعم الشعب اليمني"
    assert doc.text[quote.start:quote.end] == quote.text


def test_no_html_escaping_is_left_in_saudinewsnet_and_its_only_unreadable_records_are_empty():
    import re

    from tests.conftest import shared_path
    zips = sorted(shared_path("data", "saudinewsnet").glob("*.zip"))
    left = re.compile(r"&quot;|&#|&amp;")
    items = list(iter_items(zips))
    readable = [i for i in items if not i.error]
    assert len(items) > 30_000 and all(i.empty for i in items if i.error)
    assert [i.origin for i in readable if left.search(i.document.text) or left.search(i.title or "")] == []
