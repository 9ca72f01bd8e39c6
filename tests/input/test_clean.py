"""Text from JSON collections and feeds: markup removed and character references decoded, once."""
from marsad.input.clean import clean_line, clean_text
from marsad.input.loader import document_from_bytes, url_date
from tests.input.test_html import PAGE


def test_references_are_decoded_once():
    assert clean_text("قال &quot;بندر بن سلطان&quot; إن") == 'قال "بندر بن سلطان" إن'
    assert clean_text("&#8220;الاتفاق النووي&#8221; &#39;مهم&#39; &#x2013; AT&amp;T") == "“الاتفاق النووي” 'مهم' – AT&T"
    assert clean_text("&amp;quot;") == "&quot;"                      # doubly escaped: decoded once, not twice
    assert clean_text("R&D و AT&T") == "R&D و AT&T"                  # no semicolon: no reference


def test_stray_markup_goes_and_escaped_markup_stays_text():
    assert clean_text("سطر<br>سطر ثان<p>فقرة</p><script>track()</script>") == "سطر\nسطر ثان\nفقرة\n"
    assert clean_text('قال <b>الوزير</b> <a href="/x">اليوم</a><!-- ad -->') == "قال الوزير اليوم"
    assert clean_text("إذا كان 3 < 5 فإن &lt;b&gt; نص") == "إذا كان 3 < 5 فإن <b> نص"


def test_clean_text_leaves_clean_text_alone():
    text = "نفى الكرملين التقارير."
    assert clean_text(text) is text
    assert clean_line(" عنوان\n&quot;قصير&quot; ") == 'عنوان "قصير"' and clean_line("") is None


def test_the_date_in_an_articles_url():
    assert url_date("https://www.alriyadh.com/2015/08/10/article1.html") == "2015-08-10"
    assert url_date("https://example.com/news/2015-8-1-slug") == "2015-08-01"
    assert url_date("https://example.com/article/1062937") is None
    assert url_date("https://example.com/2015/13/01/") is None and url_date(None) is None


def test_a_pages_url_date_beats_its_generic_metadata_date():
    page = PAGE.replace('<meta property="article:published_time" content="2024-10-21T09:00:00+00:00">',
                        '<meta name="date" content="2013-01-01">'
                        '<link rel="canonical" href="https://news.example.com/world/2024/10/22/kremlin.html">')
    doc = document_from_bytes(page.encode(), name="page.html")
    assert doc.meta.url == "https://news.example.com/world/2024/10/22/kremlin.html"
    assert (doc.meta.published, doc.meta.published_source) == ("2024-10-22", "metadata")
