"""`marsad ingest --feed / --sitemap / URL / --urls` against a local site: the acceptance test of issue 13."""
from __future__ import annotations

import json
import sqlite3

import pytest

from marsad.store import Store
from tests.conftest import run_marsad
from tests.fetch.site import CITIES, PROJECTS, Reply

FAST = ["--delay", "0", "--no-progress", "--workers", "1"]


@pytest.mark.slow
def test_a_feed_of_20_articles_is_stored_once_with_outlet_url_date_and_time(site, tmp_path):
    paths = site.articles(20)
    site.page("/private/secret.html", b"<html><body><p>never</p></body></html>")
    site.feed("/rss.xml", paths, extra=[site.url("/private/secret.html")])
    db = str(tmp_path / "c.db")
    proc = run_marsad("ingest", "--db", db, "--feed", site.url("/rss.xml"), *FAST)
    assert proc.returncode == 3, proc.stderr          # the robots-disallowed page is reported
    assert f"marsad: skipped: {site.url('/private/secret.html')}: disallowed by robots.txt" in proc.stderr
    assert "marsad: web: 20 new article(s) stored" in proc.stderr
    assert site.requested("/private/secret.html") == []
    with Store(db, readonly=True) as store:
        docs = store.documents(limit=100)
        assert len(docs) == 20
        conn = store.connection()
        rows = conn.execute("SELECT url, source, title, published, published_at FROM documents ORDER BY id").fetchall()
        by_url = {r[0]: r for r in rows}
        url, source, title, published, published_at = by_url[site.url("/news/3.html")]
        assert source == "صحيفة الميدان"
        assert title == f"افتتاح {PROJECTS[3]} في {CITIES[3]}"
        # The page says 2024-10-13T09:21:00+03:00: the outlet's day, the moment in UTC.
        assert (published, published_at) == ("2024-10-13", "2024-10-13T06:21:00Z")
        record = store.document(conn.execute("SELECT id FROM documents WHERE url = ?", (url,)).fetchone()[0])
        assert record["meta"]["published_at"] == "2024-10-13T09:21:00+03:00"
        assert record["meta"]["url"] == url and record["meta"]["site"] == "صحيفة الميدان"
        assert record["published"] == "2024-10-13" and record["published_source"] == "metadata"
        assert record["text"].startswith(title)
    feed_hits = len(site.requested("/rss.xml"))
    again = run_marsad("ingest", "--db", db, "--feed", site.url("/rss.xml"), *FAST)
    assert "marsad: web: 0 new article(s) stored" in again.stderr and "1 unchanged (304)" in again.stderr
    rss = site.requested("/rss.xml")
    assert len(rss) == feed_hits + 1 and rss[-1].headers.get("if-none-match")
    assert all(len(site.requested(p)) == 1 for p in paths)           # no article fetched twice
    with Store(db, readonly=True) as store:
        assert store.count() == 20


def test_urls_pages_in_windows_1256_and_failures_one_line_each(site, tmp_path):
    from tests.fetch.site import article_html
    site.page("/utf8.html", article_html(1))
    site.page("/cp1256.html", article_html(2, encoding="windows-1256"), "text/html; charset=windows-1256")
    site.page("/cp1256-meta.html", article_html(4, encoding="windows-1256"), "text/html")
    site.routes["/moved"] = Reply(301, headers={"Location": "/utf8.html"})
    site.routes["/broken"] = Reply(500, b"down")
    site.routes["/huge"] = Reply(200, b"<html>" + b"x" * 50_000 + b"</html>", {"Content-Type": "text/html"})
    site.page("/file.pdf", b"%PDF-1.4", "application/pdf")
    listing = tmp_path / "urls.txt"
    listing.write_text("# one URL a line\n" + "\n".join(site.url(p) for p in (
        "/cp1256.html", "/cp1256-meta.html", "/broken", "/huge", "/nothing", "/file.pdf")) + "\n")
    db = str(tmp_path / "c.db")
    with Store(db) as store:                                     # something stored before: never lost
        store.add(json.loads(run_marsad("analyze", "--compact", "-", stdin="خبر قديم عن افتتاح سوق في حمص.".encode()).stdout))
    proc = run_marsad("ingest", "--db", db, site.url("/moved"), "--urls", str(listing), "--max-download", "20000",
                      "--retries", "1", *FAST)
    assert proc.returncode == 3
    errors = [line for line in proc.stderr.splitlines() if line.startswith("marsad: skipped: ")]
    assert sorted(errors) == sorted([
        f"marsad: skipped: {site.url('/broken')}: HTTP 500 Internal Server Error (after 2 tries)",
        f"marsad: skipped: {site.url('/huge')}: 50,013 bytes announced, over the limit of 20,000",
        f"marsad: skipped: {site.url('/nothing')}: HTTP 404 Not Found",
        f"marsad: skipped: {site.url('/file.pdf')}: not an article page (Content-Type application/pdf)"])
    with Store(db, readonly=True) as store:
        rows = store.connection().execute("SELECT url FROM documents ORDER BY id").fetchall()
        assert [r[0] for r in rows] == [None, site.url("/utf8.html"), site.url("/cp1256.html"),
                                        site.url("/cp1256-meta.html")]
        texts = [store.document(i)["text"] for i in (2, 3, 4)]
        encodings = [store.document(i)["meta"]["encoding"] for i in (2, 3, 4)]
    assert encodings == ["utf-8", "cp1256", "cp1256"]
    assert texts[1].startswith(f"افتتاح {PROJECTS[2]} في {CITIES[2]}") and f"مدينة {CITIES[4]}" in texts[2]
    # A given URL is asked for again conditionally: 304, nothing stored twice.
    again = run_marsad("ingest", "--db", db, site.url("/cp1256.html"), *FAST)
    assert again.returncode == 0 and "1 unchanged (304)" in again.stderr
    assert site.requested("/cp1256.html")[-1].headers.get("if-none-match")


def test_a_sitemap_index_with_a_news_sitemap(site, tmp_path):
    paths = site.articles(3, prefix="/s/")
    entries = "".join(
        f"<url><loc>{site.url(p)}</loc><news:news><news:publication><news:name>وكالة الشمال</news:name>"
        f"</news:publication><news:publication_date>2024-10-2{i}T1{i}:00:00+02:00</news:publication_date>"
        f"<news:title>عنوان</news:title></news:news></url>" for i, p in enumerate(paths))
    site.page("/news.xml", ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>").encode(),
              "application/xml")
    site.page("/index.xml", (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
                             f"<loc>{site.url('/news.xml')}</loc></sitemap></sitemapindex>").encode(), "application/xml")
    site.page("/bad-feed.xml", b"<html><body>not a feed</body></html>")
    db = str(tmp_path / "c.db")
    proc = run_marsad("ingest", "--db", db, "--sitemap", site.url("/index.xml"), "--feed", site.url("/bad-feed.xml"),
                      "--outlet", "الشمال اليوم", *FAST)
    assert proc.returncode == 3
    assert f"marsad: skipped: {site.url('/bad-feed.xml')}: not an RSS or Atom feed" in proc.stderr
    assert "marsad: web: 3 new article(s) stored" in proc.stderr
    conn = sqlite3.connect(db)
    assert {r[0] for r in conn.execute("SELECT source FROM documents")} == {"الشمال اليوم"}


def test_analyze_a_url(site):
    from tests.fetch.site import article_html
    site.page("/a.html", article_html(5, encoding="windows-1256"), "text/html; charset=windows-1256")
    proc = run_marsad("analyze", "--delay", "0", site.url("/a.html"))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["meta"]["url"] == site.url("/a.html") and record["meta"]["encoding"] == "cp1256"
    assert record["meta"]["published_at"] == "2024-10-15T11:35:00+03:00" and record["published"] == "2024-10-15"
    [quote] = record["quotes"]
    assert quote["speaker"]["text"].endswith("ليلى الزعبي")
    assert record["text"][quote["start"]:quote["end"]] == quote["text"] and quote["text"].startswith("سيخدم هذا المشروع")
    missing = run_marsad("analyze", "--delay", "0", site.url("/missing.html"))
    assert missing.returncode == 3
    assert missing.stderr == f"marsad: error: {site.url('/missing.html')}: HTTP 404 Not Found\n"
