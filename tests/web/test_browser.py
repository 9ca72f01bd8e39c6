"""The pages in a real browser (Debian's Chromium through Playwright) against `marsad serve`:
each page loads right-to-left, the findings are marked over the right characters, hostile
article text stays text, and a reader can click from a search to an article to a person.
Screenshots land in tests/artifacts/web/."""
from __future__ import annotations

from tests.web.conftest import shot
from tests.web.corpus import HOSTILE, example_record

JOINED_TEXT = """(id) => Array.from(document.querySelectorAll('[data-mark="' + id + '"]'))
                   .map(el => el.textContent).join('')"""


def assert_rtl(page):
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert not page.errors, page.errors


def test_home_lists_the_corpus(page, live_server):
    page.goto(f"{live_server}/ui/")
    assert_rtl(page)
    titles = page.locator("#recent a.title").all_text_contents()
    # Four articles, three stories: the agency copy is one row with the example, naming both outlets.
    assert len(titles) == 3 and "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق" in titles
    assert "الرافدين نيوز، دجلة اليوم" in page.locator("#recent li").last.text_content()
    # The navigation starts at the right edge, as Arabic pages do.
    brand = page.locator(".top .brand").bounding_box()
    assert brand["x"] > page.viewport_size["width"] / 2
    shot(page, "home")


def test_article_marks_every_finding_over_its_text(page, live_server, corpus_db):
    record = example_record()
    page.goto(f"{live_server}/ui/documents/{corpus_db[1]['example']}")
    assert_rtl(page)
    assert page.evaluate("getComputedStyle(document.querySelector('#article-text')).direction") == "rtl"
    assert page.text_content("#article-title") == "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق"
    for i, e in enumerate(record["entities"]):
        assert page.evaluate(JOINED_TEXT, f"e{i}") == e["text"]
        assert page.locator(f'[data-mark="e{i}"]').first.get_attribute("data-label") == e["label"]
    for i, q in enumerate(record["quotes"]):
        assert page.evaluate(JOINED_TEXT, f"q{i}") == q["text"]
        assert page.locator(f'[data-mark="q{i}"]').first.get_attribute("title") == "المتكلم: نادر العبيدي"
    for i, c in enumerate(record["claims"]):
        assert page.evaluate(JOINED_TEXT, f"c{i}") == c["content"]["text"]
        assert f"stance-{c['stance']}" in page.locator(f'[data-mark="c{i}"]').first.get_attribute("class")
    for i, t in enumerate(record["timexes"]):
        assert page.evaluate(JOINED_TEXT, f"t{i}") == t["text"]
    # The resolved date is shown beside the words (CSS, not inserted into the text).
    after = page.evaluate("""getComputedStyle(document.querySelector('[data-mark="t0"].mk-end'), '::after').content""")
    assert after == '"20 نوفمبر 2024"'
    # Claims are coloured by stance: a denial and a warning do not share a colour.
    deny = page.evaluate("""getComputedStyle(document.querySelector('.claim.stance-deny')).backgroundColor""")
    warn = page.evaluate("""getComputedStyle(document.querySelector('.claim.stance-warn')).backgroundColor""")
    assert deny != warn and "0, 0, 0, 0" not in deny
    # Right to left: the text column is on the right, the findings beside it on the left.
    text_box = page.locator("#article-text").bounding_box()
    side_box = page.locator("aside.side").bounding_box()
    assert text_box["x"] > side_box["x"]
    # Quotes in the side list name their speaker; hovering one lights its words in the text.
    assert page.locator("#side-quotes .who").all_text_contents() == ["نادر العبيدي", "نادر العبيدي"]
    page.hover('#side-quotes li[data-target="q1"]')
    assert "lit" in page.locator('[data-mark="q1"]').first.get_attribute("class")
    assert page.locator("#side-claims .badge").all_text_contents()[:2] == ["تحذير", "نفي"]
    # Site chrome is hidden until asked for.
    assert not page.locator("p.chrome").first.is_visible()
    shot(page, "article")
    page.check("#show-chrome")
    assert page.locator("p.chrome").first.is_visible()
    page.set_viewport_size({"width": 1366, "height": 900})
    page.hover('[data-mark="q0"]')
    shot(page, "article-hover", full_page=False)


def test_hostile_article_text_is_rendered_as_text(page, live_server, corpus_db):
    page.goto(f"{live_server}/ui/documents/{corpus_db[1]['hostile']}")
    assert_rtl(page)
    assert page.title().startswith("تقرير: <script>document.title='pwned'</script>")
    assert page.dialogs == []
    assert page.locator("script").count() == 1              # ours only
    assert page.locator("#article-text img, #article-text b, #article-text a").count() == 0
    text = page.text_content("#article-text")
    for piece in ("<script>document.title='pwned'</script>", '"<img src=x onerror=alert(1)>"',
                  '<a href="javascript:alert(2)">وائل</a>', "</span><script>alert(3)</script> هذا كذب"):
        assert piece in text
    assert page.evaluate(JOINED_TEXT, "q0") == "</span><script>alert(3)</script> هذا كذب"
    # A javascript: URL is shown, never linked; a story of one article is not offered.
    assert page.locator('a[href^="javascript"]').count() == 0
    assert page.locator("#story-link").count() == 0
    shot(page, "hostile")


def test_search_then_article_then_entity(page, live_server, corpus_db):
    page.goto(f"{live_server}/ui/")
    page.fill(".top input[name=q]", "العبيدي")
    page.press(".top input[name=q]", "Enter")
    page.wait_for_url("**/ui/search?q=*")
    assert_rtl(page)
    hits = page.locator("#results li.hit")
    assert hits.count() == 3
    assert page.locator("#results mark").first.text_content() == "العبيدي"
    shot(page, "search")
    page.click("#results a.title >> text=الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق")
    page.wait_for_url(f"**/ui/documents/{corpus_db[1]['example']}")
    assert page.evaluate(JOINED_TEXT, "e6") == "نادر العبيدي"
    page.click("#side-entities a.entity-link >> text=نادر العبيدي")
    page.wait_for_url("**/ui/entities/*")
    assert_rtl(page)
    assert page.text_content("#entity-name").startswith("نادر العبيدي")
    # What he said over time: quotes on 21 November (the example and its copy) and on the 25th, the
    # earliest at the right; the quote list shows the copy's quotes once.
    said = page.locator("#said-chart g.period[data-total]")
    days = said.evaluate_all("gs => gs.map(g => [g.dataset.start, +g.dataset.total])")
    assert days[0] == ["2024-11-21", 6] and days[-1] == ["2024-11-25", 2]     # 4 quotes + 2 claims; 1 + 1
    early = page.locator('#said-chart g.period[data-start="2024-11-21"] rect').first.bounding_box()
    late = page.locator('#said-chart g.period[data-start="2024-11-25"] rect').first.bounding_box()
    assert early["x"] > late["x"]                           # time runs right to left
    assert page.locator("#entity-quotes li").count() == 3
    shot(page, "entity")


def test_search_filters_by_outlet_and_date(page, live_server, corpus_db):
    page.goto(f"{live_server}/ui/search")
    page.fill("#search-form input[name=q]", "المياه")
    page.select_option("#search-form select[name=source]", "دجلة اليوم")
    page.click("#search-form button")
    page.wait_for_url("**/ui/search?*")
    assert page.locator("#results li.hit").count() == 1
    page.fill("#search-form input[name=date_from]", "2024-11-22")
    page.click("#search-form button")
    page.wait_for_url("**date_from=2024-11-22*")
    assert page.locator("#results li.hit").count() == 0
    shot(page, "search-filtered")


def test_story_page_lists_the_outlets(page, live_server, corpus_db):
    page.goto(f"{live_server}/ui/documents/{corpus_db[1]['syndicated']}")
    page.click("#story-link")
    page.wait_for_url("**/ui/stories/*")
    assert_rtl(page)
    outlets = page.locator("#story-outlets td.outlet").all_text_contents()
    assert sorted(outlets) == sorted(["الرافدين نيوز", "دجلة اليوم"])
    shot(page, "story")


def test_quotes_and_claims_pages(page, live_server):
    page.goto(f"{live_server}/ui/quotes?speaker=نادر العبيدي")
    assert_rtl(page)
    assert page.locator("#quotes li").count() == 3
    shot(page, "quotes")
    page.goto(f"{live_server}/ui/claims?q=المياه")
    assert_rtl(page)
    assert page.locator(".claims-group").count() >= 2
    shot(page, "claims")


def test_pasted_article_with_script_is_analysed_and_shown_as_text(page, live_server):
    page.goto(f"{live_server}/ui/analyze")
    assert_rtl(page)
    page.fill("textarea[name=text]", HOSTILE)
    page.fill("input[name=published]", "2024-11-26")
    page.click("form[action='/ui/analyze'] button")
    page.wait_for_selector("#article-text")
    assert page.dialogs == [] and page.locator("script").count() == 1
    assert "<script>document.title='pwned'</script>" in page.text_content("#article-text")
    assert page.title().startswith("تقرير: <script>")
    shot(page, "analyzed")


def test_missing_article_is_an_arabic_error_page(page, live_server):
    response = page.goto(f"{live_server}/ui/documents/424242")
    assert response.status == 404
    assert_rtl(page)
    assert page.text_content(".error-box h1") == "غير موجود"


# -- two days of news: the charts a reader sees after the first ingest -----------------------------------

def _chart(page, selector: str) -> dict:
    box = page.locator(selector).bounding_box()
    bars = page.locator(f"{selector} rect.bar").evaluate_all(
        "rs => rs.map(r => r.getBoundingClientRect()).map(b => ({x: b.x, width: b.width, height: b.height}))")
    return {"box": box, "bars": bars, "periods": page.locator(f"{selector} g.period").count()}


def test_two_days_home_page_charts_articles_by_day_and_outlet(page, two_day_server):
    page.goto(f"{two_day_server}/ui/")
    assert_rtl(page)
    chart = _chart(page, "#home-chart")
    assert chart["periods"] == 2 and chart["box"]["height"] < 300      # a sane height, not a 700 px wall
    assert all(b["width"] < chart["box"]["width"] / 10 for b in chart["bars"])  # two slim bars, not two walls
    legend = page.locator("#home-chart + .chart-legend").text_content()
    assert "الشرق الأوسط" in legend and "عكاظ" in legend and "aawsat" not in legend
    assert "يُعرض 1–3 من 3 (7 مع النسخ المعاد نشرها)" in page.text_content("#recent + .pager")
    shot(page, "two-days-home")


def test_two_days_entity_page_charts_mentions_and_what_was_said(page, two_day_server):
    page.goto(f"{two_day_server}/ui/entities/PER:سلام الدليمي")
    assert_rtl(page)
    assert _chart(page, "#mentions-chart")["periods"] == 2 and _chart(page, "#said-chart")["periods"] == 2
    rows = page.locator("#entity-mentions tr td:first-child a").all_text_contents()
    assert "وزارة الموارد المائية تقر بأزمة المياه في البصرة" in rows and not any("مقال رقم" in r for r in rows)
    assert "من 21 نوفمبر 2024 إلى 22 نوفمبر 2024" in page.text_content("#entity-stats")
    shot(page, "two-days-entity")


def test_two_days_claims_page_shows_denied_then_confirmed(page, two_day_server):
    page.goto(f"{two_day_server}/ui/claims?q=أزمة")
    assert_rtl(page)
    periods = page.locator("#stance-chart g.period").evaluate_all(
        "gs => gs.map(g => [g.dataset.start, Array.from(g.querySelectorAll('rect')).map(r => r.dataset.group)])")
    assert periods == [["2024-11-21", ["deny"]], ["2024-11-22", ["confirm"]]]
    groups = page.locator(".claims-group h2 .badge").all_text_contents()
    assert groups == ["نفي", "تأكيد"]                       # denied, then confirmed
    assert "الشرق الأوسط، عكاظ" in page.locator(".claims-group").last.text_content()
    shot(page, "two-days-claims")
    chart, mix = page.locator("#stance-chart-card").bounding_box(), page.locator("#stance-mix").bounding_box()
    shot(page, "two-days-claims-chart", clip={"x": chart["x"] - 8, "y": chart["y"] - 8, "width": chart["width"] + 16,
                                              "height": mix["y"] + mix["height"] - chart["y"] + 16})
