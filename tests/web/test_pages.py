"""The pages over HTTP without a browser: status, headers, escaping, fallbacks."""
import re

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.store import Store
from tests.web.corpus import example_record


@pytest.fixture
def pages(corpus_db):
    with TestClient(create_app(corpus_db[0], rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/ui/", "/ui/documents/{example}", "/ui/search?q=المياه", "/ui/search",
                                  "/ui/entities/PER:نادر العبيدي", "/ui/stories/{example}", "/ui/quotes",
                                  "/ui/quotes?speaker=نادر العبيدي", "/ui/claims", "/ui/claims?q=المياه&stance=warn",
                                  "/ui/analyze"])
def test_every_page_is_arabic_rtl_html_with_a_strict_policy(pages, corpus_db, path):
    r = pages.get(path.format(**corpus_db[1]))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    # Nothing is fetched from elsewhere: scripts and styles come from /static/.
    assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', r.text)
    assert assets and all(a.startswith("/static/") for a in assets)


def test_root_redirects_to_the_pages(pages):
    r = pages.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui/"


def test_hostile_outlet_and_url_are_text(pages, corpus_db):
    home = pages.get("/ui/").text
    assert "<b>منفذ</b>" not in home and "&lt;b&gt;منفذ&lt;/b&gt;" in home
    article = pages.get(f"/ui/documents/{corpus_db[1]['hostile']}").text
    assert 'href="javascript:' not in article and "javascript:alert(5)" in article


def test_entities_link_to_their_corpus_pages(pages, corpus_db):
    article = pages.get(f"/ui/documents/{corpus_db[1]['example']}").text
    assert 'href="/ui/entities/PER%3A%D9%86%D8%A7%D8%AF%D8%B1%20%D8%A7%D9%84%D8%B9%D8%A8%D9%8A%D8%AF%D9%8A"' in article
    assert 'id="story-link"' in article


def test_search_page_refuses_a_bad_date_in_arabic(pages):
    r = pages.get("/ui/search", params={"q": "المياه", "date_from": "2024-13-01"})
    assert r.status_code == 422 and "date_from" in r.text and 'dir="rtl"' in r.text


def test_a_record_with_broken_layers_still_shows_its_text(tmp_path):
    record = example_record()
    record["entities"][0]["end"] = len(record["text"]) + 50       # points past the text
    path = tmp_path / "broken.db"
    with Store(str(path)) as store:
        doc_id = store.add(record, source="منفذ").doc_id
    with TestClient(create_app(path, rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        r = c.get(f"/ui/documents/{doc_id}")
    assert r.status_code == 200
    assert "تعذّر قراءة نتائج التحليل" in r.text
    assert "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق" in r.text
    assert 'data-mark="' not in r.text.split('id="article-text"')[1]


def test_without_a_corpus_the_home_page_offers_analysis(tmp_path):
    with TestClient(create_app(None, rate=None, analysis_workers=0), raise_server_exceptions=False) as c:
        home = c.get("/ui/")
        assert home.status_code == 200 and 'href="/ui/analyze"' in home.text
        r = c.get("/ui/search", params={"q": "المياه"})
        assert r.status_code == 404 and "no_corpus" in r.text


def test_the_paste_form_reports_bad_input_on_the_form(pages):
    r = pages.post("/ui/analyze", data={"text": "   ", "published": ""})
    assert r.status_code == 422 and 'id="form-error"' in r.text
    r = pages.post("/ui/analyze", data={"text": "قال الوزير إن الاجتماع انتهى.", "published": "2024-02-31"})
    assert r.status_code == 422 and "not a calendar date" in r.text
