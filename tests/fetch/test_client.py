"""The polite HTTP client against a local server: robots.txt, redirects, statuses, retries, limits, validators."""
from __future__ import annotations

import socket
import threading
from dataclasses import replace

import pytest

from marsad.fetch import Fetcher, FetchError
from marsad.fetch.client import USER_AGENT, retry_after
from marsad.fetch.hosts import HostGates

from .site import Reply


class RecordingEvent(threading.Event):
    """A stop event that records the waits asked of it and does not sleep."""

    def __init__(self):
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout=None):
        self.waits.append(timeout)
        return self.is_set()


def test_user_agent_names_marsad_and_robots_is_read_first(site, quick):
    site.page("/a.html", b"<html><body><p>\xd9\x86\xd8\xb5</p></body></html>")
    with Fetcher(quick) as f:
        r = f.get(site.url("/a.html"))
    assert r.status == 200 and r.final_url == site.url("/a.html")
    assert [h.path for h in site.hits] == ["/robots.txt", "/a.html"]
    assert site.hits[1].headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("marsad/")


def test_robots_disallowed_paths_are_never_requested(site, quick):
    site.page("/private/x.html", b"<html>secret</html>")
    site.page("/news/1.html?print=1", b"<html>print</html>")
    with Fetcher(quick) as f:
        for path in ("/private/x.html", "/news/1.html?print=1"):
            with pytest.raises(FetchError) as err:
                f.get(site.url(path))
            assert str(err.value) == f"{site.url(path)}: disallowed by robots.txt"
    assert site.requested("/private/x.html") == [] and site.requested("/news/1.html?print=1") == []


def test_a_robots_txt_answering_500_forbids_the_site(site, quick):
    site.routes["/robots.txt"] = Reply(500, b"down")
    site.page("/a.html", b"<html>a</html>")
    with Fetcher(replace(quick, retries=0)) as f:
        with pytest.raises(FetchError, match=r"robots.txt cannot be read \(HTTP 500"):
            f.get(site.url("/a.html"))
    assert site.requested("/a.html") == []


def test_a_missing_robots_txt_allows_everything(site, quick):
    del site.routes["/robots.txt"]
    site.page("/private/x.html", b"<html>open</html>")
    with Fetcher(quick) as f:
        assert f.get(site.url("/private/x.html")).content == b"<html>open</html>"


def test_crawl_delay_is_read_for_our_agent(site, quick):
    site.routes["/robots.txt"] = Reply(body=b"User-agent: marsad\nCrawl-delay: 7\nDisallow: /x/\n")
    with Fetcher(quick) as f:
        assert f.robots.delay(site.url("/a.html")) == 7.0
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            f.get(site.url("/x/1"))


def test_redirects_are_followed_up_to_the_cap(site, quick):
    site.page("/final.html", b"<html>here</html>")
    site.routes["/old"] = Reply(301, headers={"Location": "/mid"})
    site.routes["/mid"] = Reply(302, headers={"Location": site.url("/final.html")})
    site.routes["/loop"] = Reply(302, headers={"Location": "/loop"})
    with Fetcher(replace(quick, max_redirects=3)) as f:
        r = f.get(site.url("/old"))
        assert (r.url, r.final_url, r.content) == (site.url("/old"), site.url("/final.html"), b"<html>here</html>")
        with pytest.raises(FetchError) as err:
            f.get(site.url("/loop"))
    assert str(err.value) == f"{site.url('/loop')}: more than 3 redirects"
    assert len(site.requested("/loop")) == 4


def test_a_redirect_into_a_disallowed_path_is_not_followed(site, quick):
    site.routes["/go"] = Reply(302, headers={"Location": "/private/y"})
    with Fetcher(quick) as f, pytest.raises(FetchError, match="disallowed by robots.txt"):
        f.get(site.url("/go"))
    assert site.requested("/private/y") == []


def test_404_is_one_line_and_not_retried(site, quick):
    with Fetcher(quick) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/nothing"))
    assert str(err.value) == f"{site.url('/nothing')}: HTTP 404 Not Found"
    assert err.value.transient is False and len(site.requested("/nothing")) == 1


def test_500_is_retried_with_growing_backoff_then_reported(site, quick):
    site.routes["/busy"] = Reply(500, b"oops")
    f = Fetcher(replace(quick, retries=3, backoff=1.0))
    f.stop_event = RecordingEvent()
    with f, pytest.raises(FetchError) as err:
        f.get(site.url("/busy"))
    assert str(err.value) == f"{site.url('/busy')}: HTTP 500 Internal Server Error (after 4 tries)"
    assert err.value.transient is True and len(site.requested("/busy")) == 4
    waits = f.stop_event.waits
    assert len(waits) == 3 and 1.0 <= waits[0] < 1.3 and 2.0 <= waits[1] < 2.6 and 4.0 <= waits[2] < 5.1


def test_retry_after_is_honoured_and_a_success_ends_the_retries(site, quick):
    answers = iter([Reply(503, headers={"Retry-After": "3"}), Reply(429, headers={"Retry-After": "2"}),
                    Reply(200, b"<html>ok</html>", {"Content-Type": "text/html"})])
    site.routes["/limited"] = lambda hit: next(answers)
    f = Fetcher(quick)
    f.stop_event = RecordingEvent()
    with f:
        assert f.get(site.url("/limited")).content == b"<html>ok</html>"
    assert f.stop_event.waits == [3.0, 2.0]


def test_a_retry_after_beyond_the_limit_is_reported_not_waited(site, quick):
    site.routes["/later"] = Reply(429, headers={"Retry-After": "86400"})
    f = Fetcher(replace(quick, max_retry_wait=60))
    f.stop_event = RecordingEvent()
    with f, pytest.raises(FetchError) as err:
        f.get(site.url("/later"))
    assert "HTTP 429 Too Many Requests; the server asks to wait 86400 s" in str(err.value)
    assert f.stop_event.waits == []


def test_retry_after_as_an_http_date():
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0      # in the past: no wait
    assert retry_after("soon") is None


def test_oversized_responses_are_cut(site, quick):
    site.routes["/big"] = Reply(200, b"x" * 5000, {"Content-Type": "text/html"})
    site.routes["/endless"] = Reply(200, headers={"Content-Type": "text/html"}, chunks=[b"y" * 1000] * 10)
    with Fetcher(replace(quick, max_bytes=3000)) as f:
        with pytest.raises(FetchError) as err:
            f.get(site.url("/big"))
        assert str(err.value) == f"{site.url('/big')}: 5,000 bytes announced, over the limit of 3,000"
        with pytest.raises(FetchError) as err:
            f.get(site.url("/endless"))
        assert str(err.value) == f"{site.url('/endless')}: over the limit of 3,000 bytes"


def test_a_silent_server_times_out(site, quick):
    site.routes["/slow"] = Reply(200, b"<html>late</html>", delay=1.5)
    with Fetcher(replace(quick, timeout=0.3, retries=0)) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/slow"))
    assert str(err.value) == f"{site.url('/slow')}: timed out after 0.3 s waiting for an answer (after 1 tries)"


def test_a_dribbling_server_hits_the_deadline(site, quick):
    site.routes["/drip"] = Reply(200, headers={"Content-Type": "text/html"}, chunks=[b"z"] * 8, chunk_delay=0.15)
    with Fetcher(replace(quick, deadline=0.4, retries=0)) as f, pytest.raises(FetchError, match="still answering after"):
        f.get(site.url("/drip"))


def test_tls_failure_is_named(site, quick):
    url = f"https://127.0.0.1:{site.port}/a.html"       # TLS spoken to a plain-HTTP server
    with Fetcher(replace(quick, obey_robots=False, retries=0)) as f, pytest.raises(FetchError) as err:
        f.get(url)
    assert str(err.value).startswith(f"{url}: TLS error (") and "\n" not in str(err.value)


def test_dns_failure_is_named(monkeypatch, quick):
    def no_such_host(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with Fetcher(quick) as f, pytest.raises(FetchError) as err:
        f.get("http://no-such-outlet.test/news/1")
    assert str(err.value) == ("http://no-such-outlet.test/news/1: robots.txt cannot be read (DNS lookup failed "
                              "(Name or service not known)), so nothing is fetched from http://no-such-outlet.test")
    with Fetcher(replace(quick, obey_robots=False)) as f, pytest.raises(FetchError) as err:
        f.get("http://no-such-outlet.test/news/1")
    assert str(err.value) == "http://no-such-outlet.test/news/1: DNS lookup failed (Name or service not known)"


def test_conditional_requests_get_304(site, quick):
    site.page("/a.html", b"<html>a</html>", **{"Last-Modified": "Thu, 24 Oct 2024 06:00:00 GMT"})
    with Fetcher(quick) as f:
        first = f.get(site.url("/a.html"))
        again = f.get(site.url("/a.html"), etag=first.etag, last_modified=first.last_modified)
    assert first.etag and first.last_modified == "Thu, 24 Oct 2024 06:00:00 GMT"
    assert again.not_modified and again.status == 304 and again.content == b""
    assert site.requested("/a.html")[1].headers["if-none-match"] == first.etag


def test_not_http_urls_are_refused():
    with Fetcher() as f:
        for url, reason in (("ftp://example.org/x", "not an http(s) URL"), ("http:///x", "no host in the URL")):
            with pytest.raises(FetchError) as err:
                f.get(url)
            assert str(err.value) == f"{url}: {reason}"


def test_host_gates_space_request_starts():
    now = [100.0]
    stop = RecordingEvent()
    gates = HostGates(delay=2.0, concurrency=1, stop=stop, clock=lambda: now[0])
    with gates.slot("a.example"):
        pass
    with gates.slot("a.example"):          # asks to wait the gap
        pass
    with gates.slot("b.example"):          # another host: no wait
        pass
    with gates.slot("a.example", delay=5.0):   # a Crawl-delay widens the gap
        pass
    assert stop.waits == [2.0, 4.0]
