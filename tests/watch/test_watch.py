"""`marsad watch` against a local site: new items within an interval, alerts once (also after a restart),
a failing source backed off while the others go on, SIGTERM between articles, the state in the database."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time

import pytest

from marsad.errors import InputError
from marsad.watch.config import load_config, parse_config
from tests.conftest import MARSAD, run_marsad
from tests.fetch.site import Reply


def wait_for(condition, timeout=90.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def stored(db) -> list[str]:
    try:
        with sqlite3.connect(db) as conn:
            return [r[0] for r in conn.execute("SELECT url FROM documents ORDER BY id")]
    except sqlite3.OperationalError:
        return []


def write_config(tmp_path, site, interval="1s"):
    config = tmp_path / "watch.toml"
    config.write_text(f"""
[fetch]
host_delay = 0
retries = 1
backoff = 0.05

[[source]]
name = "midan"
feed = "{site.url('/rss.xml')}"
interval = "{interval}"

[[source]]
name = "broken"
feed = "{site.url('/down.xml')}"
interval = "{interval}"

[[source]]
name = "north"
pages = ["{site.url('/north/1.html')}"]
outlet = "أخبار الشمال"
interval = "1h"
""", encoding="utf-8")
    return config


@pytest.mark.slow
def test_watch_stores_new_items_fires_once_survives_restarts_and_backs_off(site, tmp_path):
    paths = site.articles(3)
    site.feed("/rss.xml", paths)
    site.routes["/down.xml"] = Reply(500, b"down")
    site.page("/north/1.html", __import__("tests.fetch.site", fromlist=["article_html"]).article_html(9))
    db, out = str(tmp_path / "c.db"), tmp_path / "alerts.jsonl"
    added = run_marsad("alerts", "--db", db, "add", "entity", "ليلى الزعبي", "--name", "الزعبي")
    assert added.returncode == 0, added.stderr
    config = write_config(tmp_path, site)
    proc = subprocess.Popen([str(MARSAD), "watch", str(config), "--db", db, "--alerts-out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: len(stored(db)) == 4, what="the first poll")
        assert out.exists() is False or out.read_text() == ""
        # A new item in the feed, quoting the watched person: stored within an interval, the alert fires.
        new = site.articles(1, start=5)
        site.feed("/rss.xml", paths + new)
        t0 = time.monotonic()
        wait_for(lambda: site.url(new[0]) in stored(db), what="the new item")
        assert time.monotonic() - t0 < 30
        wait_for(lambda: out.exists() and out.read_text(), what="the alert firing")
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    err = err.decode()
    assert proc.returncode == 0, err
    assert "stopping (SIGTERM)" in err and "marsad: watch: stopped;" in err
    [line] = out.read_text(encoding="utf-8").splitlines()
    firing = json.loads(line)
    assert firing["alert"]["name"] == "الزعبي" and firing["document"]["url"] == site.url(new[0])
    assert firing["finding"]["quotes"][0]["speaker"]["text"].endswith("ليلى الزعبي")
    # The failing source was retried, reported on one line each poll, backed off; the others went on.
    failures = [l for l in err.splitlines() if "failed: source broken:" in l]
    assert failures and failures[0] == (f"marsad: watch: failed: source broken: {site.url('/down.xml')}: HTTP 500 "
                                        "Internal Server Error (after 2 tries) (1 failed poll(s) in a row; next try "
                                        "in 2 s)")
    with sqlite3.connect(db) as conn:
        state = {r[0]: r[1:] for r in conn.execute(
            "SELECT name, failures, last_error, total_new, last_ok IS NOT NULL FROM watch_sources")}
        assert state["broken"][0] >= 1 and "HTTP 500" in state["broken"][1] and state["broken"][3] == 0
        assert state["midan"][2:] == (4, 1) and state["north"][2:] == (1, 1)
        assert conn.execute("SELECT source FROM documents WHERE url = ?",
                            (site.url("/north/1.html"),)).fetchone() == ("أخبار الشمال",)
    fetched_once = {p: len(site.requested(p)) for p in paths + new + ["/north/1.html"]}
    assert set(fetched_once.values()) == {1}
    # A restart resumes: nothing fetched again, the alert does not fire again.
    again = run_marsad("watch", str(config), "--db", db, "--once", "--alerts-out", str(out))
    assert again.returncode == 0, again.stderr
    assert "marsad: watch: source midan: unchanged (304 Not Modified)" in again.stderr, again.stderr
    assert "marsad: watch: source north: 0 new, 1 seen before, 0 unchanged, 0 failed" in again.stderr
    assert "(2 failed poll(s) in a row; next try in 4 s)" in again.stderr
    assert {p: len(site.requested(p)) for p in fetched_once} == fetched_once
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert len(stored(db)) == 5


def test_the_config_is_checked_with_one_line_errors(tmp_path):
    ok = parse_config({"source": [{"feed": "https://a.example/rss", "interval": "10m"},
                                  {"name": "b", "sitemap": "https://b.example/sitemap.xml", "outlet": "ب"}],
                       "fetch": {"host_delay": 2, "user_agent": "marsad-test"}})
    assert [(s.name, s.kind, s.interval) for s in ok.sources] == [("https://a.example/rss", "feed", 600.0),
                                                                  ("b", "sitemap", 900.0)]
    assert ok.fetch.host_delay == 2.0 and ok.fetch.user_agent == "marsad-test"
    for data, message in (({}, "no \\[\\[source\\]\\] listed"),
                          ({"source": [{"feed": "x"}]}, "source 1: x: not an http"),
                          ({"source": [{"feed": "https://a/x", "pages": ["https://a/y"]}]}, "exactly one of"),
                          ({"source": [{"feed": "https://a/x", "interval": "soon"}]}, "not a duration"),
                          ({"source": [{"feed": "https://a/x", "name": "n"}, {"feed": "https://a/y", "name": "n"}]},
                           "used twice"),
                          ({"source": [{"feed": "https://a/x"}], "fetch": {"delay": 1}}, "unknown key"),
                          ({"source": [{"feed": "https://a/x"}], "fetch": {"retries": -1}}, "not a valid value")):
        with pytest.raises(InputError, match=message):
            parse_config(data)
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\nfeed = 1", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TOML"):
        load_config(str(bad))
