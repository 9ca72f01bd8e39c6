"""Feeds (feedparser) and sitemaps (lxml) to links, and reading them through the fetcher."""
from __future__ import annotations

import gzip

import pytest

from marsad.fetch import Fetcher, FetchError, read_feed, read_sitemap
from marsad.fetch.feeds import parse_feed
from marsad.fetch.sitemaps import parse_sitemap

RSS = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>أخبار الجنوب</title><link>http://127.0.0.1/</link>
<item><title>افتتاح سوق جديد في صيدا</title><link>/news/1.html</link>
<pubDate>Thu, 24 Oct 2024 09:15:00 +0300</pubDate></item>
<item><title>بلا تاريخ</title><link>http://127.0.0.1/news/2.html</link></item>
<item><title>مكرر</title><link>/news/1.html</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة المساء</title>
<entry><title>عودة الكهرباء إلى طرابلس</title><link rel="alternate" href="http://127.0.0.1/a/7"/>
<id>urn:x:7</id><published>2024-10-24T20:05:00+02:00</published><updated>2024-10-25T08:00:00+02:00</updated></entry>
</feed>"""


def test_rss_in_windows_1256_with_relative_links_and_dates():
    feed = parse_feed(RSS.encode("cp1256"), "http://127.0.0.1/rss.xml", "application/rss+xml")
    assert feed.title == "أخبار الجنوب"
    assert [link.url for link in feed.links] == ["http://127.0.0.1/news/1.html", "http://127.0.0.1/news/2.html"]
    first, second = feed.links
    assert first.title == "افتتاح سوق جديد في صيدا" and first.outlet == "أخبار الجنوب"
    assert first.when.at == "2024-10-24T09:15:00+03:00" and second.when is None


def test_atom_takes_the_published_moment():
    feed = parse_feed(ATOM.encode(), "http://127.0.0.1/atom.xml")
    [link] = feed.links
    assert (link.url, link.title, link.when.at) == ("http://127.0.0.1/a/7", "عودة الكهرباء إلى طرابلس",
                                                    "2024-10-24T20:05:00+02:00")


def test_a_page_that_is_not_a_feed_is_one_line():
    with pytest.raises(FetchError) as err:
        parse_feed(b"<html><body><p>hello</p></body></html>", "http://127.0.0.1/rss")
    assert str(err.value).startswith("http://127.0.0.1/rss: not an RSS or Atom feed") and "\n" not in str(err.value)


NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://127.0.0.1/n/1</loc><news:news><news:publication><news:name>الميدان</news:name>
<news:language>ar</news:language></news:publication><news:publication_date>2024-10-24T09:15:00+03:00</news:publication_date>
<news:title>اتفاق على هدنة في المدينة</news:title></news:news></url>
<url><loc>http://127.0.0.1/n/2</loc><lastmod>2024-10-23</lastmod></url>
</urlset>"""


def test_news_sitemap_gives_title_outlet_and_moment():
    found = parse_sitemap(NEWS.encode(), "http://127.0.0.1/news-sitemap.xml")
    first, second = found.links
    assert (first.url, first.title, first.outlet, first.when.at) == (
        "http://127.0.0.1/n/1", "اتفاق على هدنة في المدينة", "الميدان", "2024-10-24T09:15:00+03:00")
    assert (second.url, second.when.date, second.when.at) == ("http://127.0.0.1/n/2", "2024-10-23", None)


def test_gzip_plain_text_and_refusals():
    assert [link.url for link in parse_sitemap(gzip.compress(NEWS.encode()), "u").links] == [
        "http://127.0.0.1/n/1", "http://127.0.0.1/n/2"]
    assert [link.url for link in parse_sitemap(b"http://127.0.0.1/a\nhttp://127.0.0.1/b\n", "u").links] == [
        "http://127.0.0.1/a", "http://127.0.0.1/b"]
    with pytest.raises(FetchError, match=r"^u: not a sitemap \(its root element is <html>\)"):
        parse_sitemap(b"<html><body/></html>", "u")
    with pytest.raises(FetchError, match=r"^u: not a readable sitemap \(XML error"):
        parse_sitemap(b"<urlset><url><loc>x</url>", "u")
    evil = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>')
    assert all("root:" not in link.url for link in parse_sitemap(evil, "u").links)


def test_a_sitemap_index_is_followed_and_a_broken_child_reported(site, quick):
    child = NEWS.replace("http://127.0.0.1/", site.url("/"))
    site.page("/sm-1.xml", child.encode(), "application/xml")
    index = (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{site.url('/sm-1.xml')}</loc><lastmod>2024-10-24</lastmod></sitemap>"
             f"<sitemap><loc>{site.url('/sm-gone.xml')}</loc><lastmod>2024-10-20</lastmod></sitemap>"
             f"<sitemap><loc>{site.url('/private/sm.xml')}</loc></sitemap></sitemapindex>")
    site.page("/sitemap.xml", index.encode(), "application/xml")
    with Fetcher(quick) as f:
        listing = read_sitemap(f, site.url("/sitemap.xml"))
    assert [link.url for link in listing.links] == [site.url("/n/1"), site.url("/n/2")]
    assert listing.outlet == "الميدان"
    assert listing.errors == [f"{site.url('/sm-gone.xml')}: HTTP 404 Not Found",
                              f"{site.url('/private/sm.xml')}: disallowed by robots.txt"]
    # The leaf's validators are kept for next time, the index's are not (its children change under it).
    assert list(listing.validators) == [site.url("/sm-1.xml")]


def test_read_feed_conditionally(site, quick):
    site.page("/rss.xml", RSS.replace("http://127.0.0.1/", site.url("/")).encode("cp1256"),
              "application/rss+xml; charset=windows-1256")
    with Fetcher(quick) as f:
        listing = read_feed(f, site.url("/rss.xml"))
        assert len(listing.links) == 2 and not listing.unchanged
        again = read_feed(f, site.url("/rss.xml"), lambda url: listing.validators.get(url))
    assert again.unchanged and again.links == []
    assert site.requested("/rss.xml")[1].headers["if-none-match"] == listing.validators[site.url("/rss.xml")][0]
