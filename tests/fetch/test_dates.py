"""Publication moments: ISO 8601 and RFC 822, page metadata, UTC for ordering."""
from __future__ import annotations

from marsad.fetch.dates import When, best, page_when, parse_when, utc


def test_iso_and_rfc822_keep_the_time_and_the_offset():
    assert parse_when("2024-10-24T09:15:00+03:00") == When("2024-10-24", "2024-10-24T09:15:00+03:00")
    assert parse_when("2024-10-24T06:15:00Z") == When("2024-10-24", "2024-10-24T06:15:00+00:00")
    assert parse_when("2024-10-24T09:15:00.123+0300") == When("2024-10-24", "2024-10-24T09:15:00+03:00")
    assert parse_when("2024-10-24 09:15") == When("2024-10-24", "2024-10-24T09:15:00")
    assert parse_when("Thu, 24 Oct 2024 09:15:00 +0300") == When("2024-10-24", "2024-10-24T09:15:00+03:00")
    assert parse_when("2024-10-24") == When("2024-10-24", None)


def test_nonsense_and_implausible_dates_are_refused():
    for value in ("", "أمس", "2024-13-01", "1890-01-01T00:00:00Z", "3024-01-01", None, 42):
        assert parse_when(value) is None


def test_utc_orders_moments_across_time_zones():
    assert utc("2024-10-24T09:15:00+03:00") == "2024-10-24T06:15:00Z"
    assert utc("2024-10-24T01:00:00+03:00") == "2024-10-23T22:00:00Z"
    assert utc("2024-10-24T09:15:00") == "2024-10-24T09:15:00"
    assert parse_when("2024-10-24T01:00:00+03:00").utc == "2024-10-23T22:00:00Z"


def test_a_timed_candidate_wins_over_a_bare_date():
    assert best(None, When("2024-10-24"), When("2024-10-23", "2024-10-23T20:00:00")).at == "2024-10-23T20:00:00"
    assert best(When("2024-10-24"), None) == When("2024-10-24")
    assert best(None, None) is None


def test_page_metadata_in_its_usual_places():
    head = '<html><head>{}</head><body><p>نص الخبر</p></body></html>'
    assert page_when(head.format('<meta property="article:published_time" content="2024-10-24T09:15:00+03:00">')) \
        == When("2024-10-24", "2024-10-24T09:15:00+03:00")
    assert page_when(head.format('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
                                 '"datePublished": "2024-10-24T07:00:00Z"}]}</script>')).at == "2024-10-24T07:00:00+00:00"
    assert page_when('<html><body><span itemprop="datePublished" content="2024-10-22T10:00:00+02:00">'
                     "الثلاثاء</span></body></html>").date == "2024-10-22"
    # A date-only tag first, a timed one later: the timed one is kept.
    assert page_when(head.format('<meta name="date" content="2024-10-24"><meta name="pubdate" '
                                 'content="2024-10-24T11:30:00+03:00">')).at == "2024-10-24T11:30:00+03:00"
    assert page_when(head.format("<title>بلا تاريخ</title>")) is None
