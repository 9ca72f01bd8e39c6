"""The list pages over HTTP: "N of M" on every list, copies of one story as one row with its outlets,
charts over time, Arabic dates and outlet names, entity pages that list articles by headline."""
import re

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app


@pytest.fixture
def pages(corpus_db):
    with TestClient(create_app(corpus_db[0], rate=None), raise_server_exceptions=False) as c:
        yield c


def visible(html: str) -> str:
    html = re.sub(r"</?bdi>", "", html)            # an isolate is inline: no space where it starts or ends
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)).split())


def test_home_lists_stories_with_their_outlets_and_charts_articles_by_day(pages):
    html = pages.get("/ui/").text
    text = visible(html)
    assert "يُعرض 1–3 من 3 (4 مع النسخ المعاد نشرها)" in text
    assert "الرافدين نيوز، دجلة اليوم" in text and "نسختان من القصة" in text
    assert "21 نوفمبر 2024" in text and "2024-11-21" not in text
    chart = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="home-chart"'):]
    assert 'data-unit="day"' in chart and 'data-periods="6"' in chart      # 21 to 26 November, empty days too
    assert 'href="/ui/search?date_from=2024-11-25&amp;date_to=2024-11-25"' in chart


def test_entity_page_lists_articles_by_headline_and_counts_everything(pages):
    html = pages.get("/ui/entities/PER:نادر العبيدي").text
    text = visible(html)
    assert "مقال رقم" not in text
    assert "العبيدي: مخزون سدود العراق يكفي حتى الربيع فقط" in text
    stats = visible(html[html.index('id="entity-stats"'):html.index("</div>\n  <p")])
    assert "مرات الذكر 5" in stats and "المقالات 3" in stats and "الاقتباسات 5" in stats
    assert "من 21 نوفمبر 2024 إلى 25 نوفمبر 2024" in stats
    assert 'id="mentions-chart"' in html and 'id="said-chart"' in html
    assert "يُعرض 1–2 من 2 (3 مع النسخ المعاد نشرها)" in text           # the syndicated copy: one row
    assert "يُعرض 1–3 من 3 (5 مع النسخ المعاد نشرها)" in text           # its quotes, copies once


def test_quotes_page_names_the_resolved_speaker_newest_first_with_filters(pages):
    text = visible(pages.get("/ui/quotes").text)
    assert text.index("لم تصلنا حتى الآن") < text.index("تراجعت مناسيب نهري دجلة والفرات")
    assert "نادر العبيدي («العبيدي» في النص)" in text
    narrowed = visible(pages.get("/ui/quotes", params={"date_from": "2024-11-22", "date_to": "2024-11-25"}).text)
    assert "يُعرض 1–1 من 1" in narrowed and "تراجعت مناسيب" not in narrowed
    assert pages.get("/ui/quotes", params={"date_to": "25-11-2024"}).status_code == 422


def test_claims_page_shows_the_stance_mix_and_groups(pages):
    html = pages.get("/ui/claims", params={"q": "المياه"}).text
    text = visible(html)
    assert 'id="stance-chart"' in html and "مزيج المواقف في الزمن" in text
    assert re.search(r"تحذير\s*1", text) and "يُعرض 1–" in text
    flat = visible(pages.get("/ui/claims", params={"stance": "deny"}).text)
    assert "يُعرض 1–" in flat and "الأحدث أولا" in flat


def test_stories_page_lists_the_story_and_its_outlets(pages):
    text = visible(pages.get("/ui/stories").text)
    assert "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق" in text
    assert "الرافدين نيوز، دجلة اليوم" in text and "مقالان" in text


def test_search_page_charts_its_hits_and_says_n_of_m(pages):
    html = pages.get("/ui/search", params={"q": "العراق"}).text
    assert 'id="search-chart"' in html and "يُعرض 1–3 من 3" in visible(html)
