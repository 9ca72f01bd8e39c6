"""The API and pages of following outlets: /watch, /alerts, firings, /health, /ui/alerts, /ui/watch, who was first."""
from __future__ import annotations

import copy

import pytest
from fastapi.testclient import TestClient

from marsad.alerts import check_articles
from marsad.api import create_app
from marsad.store import Store
from marsad.watch.state import SourceState
from tests.api.conftest import assert_error
from tests.corpus_fixtures import KREMLIN_DENIES

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        state = SourceState(store)
        state.register("midan", "feed", "https://example.org/rss.xml", "صحيفة الميدان", 600)
        state.succeeded("midan", 3, 600)
        state.register("broken", "feed", "https://example.org/down.xml", None, 600)
        state.failed("broken", "https://example.org/down.xml: HTTP 500 Internal Server Error (after 4 tries)", 1200)
    return path


@pytest.fixture
def writer(db):
    with TestClient(create_app(db, write_token=TOKEN, rate=None), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def reader(db):
    with TestClient(create_app(db, rate=None), raise_server_exceptions=False) as c:
        yield c


def test_health_and_watch_show_each_sources_state(reader):
    health = reader.get("/health").json()
    assert health["alerts_new"] == 0
    by_name = {s["name"]: s for s in health["watch"]}
    assert by_name["midan"]["status"] == "ok" and by_name["midan"]["last_new"] == 3
    assert by_name["broken"]["status"] == "failing" and by_name["broken"]["failures"] == 1
    assert "HTTP 500" in by_name["broken"]["last_error"]
    assert reader.get("/watch").json()["sources"] == health["watch"]
    page = reader.get("/ui/watch")
    assert page.status_code == 200 and "صحيفة الميدان" in page.text and "HTTP 500 Internal Server Error" in page.text


def test_alert_writes_need_the_write_token(reader, writer):
    body = {"kind": "entity", "target": "بيسكوف"}
    assert_error(reader.post("/alerts", json=body, headers=AUTH), 403, "writes_disabled")
    assert_error(writer.post("/alerts", json=body), 401, "unauthorized")
    assert_error(writer.post("/alerts", json=body, headers={"Authorization": "Bearer nope"}), 403, "forbidden")
    assert_error(writer.delete("/alerts/1"), 401)
    assert_error(writer.post("/alerts/firings/seen", json={}), 401)
    assert writer.get("/alerts").json() == {"alerts": []}


def test_alerts_are_added_listed_fired_seen_and_removed(writer, db):
    made = writer.post("/alerts", json={"kind": "entity", "target": "بيسكوف", "name": "بيسكوف"}, headers=AUTH)
    assert made.status_code == 201 and made.json()["description"] == "بيسكوف quoted or making a claim"
    assert_error(writer.post("/alerts", json={"kind": "claim", "target": "x", "stance": "angry"}, headers=AUTH),
                 422, "invalid_input")
    assert_error(writer.post("/alerts", json={"kind": "story", "min_outlets": "3"}, headers=AUTH), 422)
    assert_error(writer.post("/alerts", json={"kind": "entity", "target": "x", "colour": "red"}, headers=AUTH), 422)
    with Store(db) as store:
        store.add(KREMLIN_DENIES, source="tass")
        check_articles(store)
    fired = writer.get("/alerts/firings", params={"new": "true"}).json()
    assert fired["new"] == 1 and fired["firings"][0]["finding"]["quotes"][0]["text"] == "لا نعلق على مثل هذه الادعاءات"
    assert writer.get("/health").json()["alerts_new"] == 1
    page = writer.get("/ui/alerts")
    assert page.status_code == 200 and "لا نعلق على مثل هذه الادعاءات" in page.text and 'id="alerts-add"' in page.text
    assert writer.post("/alerts/firings/seen", json={"ids": [fired["firings"][0]["id"]]}, headers=AUTH).json() == {"marked": 1}
    assert writer.get("/alerts/firings", params={"new": "true"}).json() == {"firings": [], "new": 0}
    assert_error(writer.post("/alerts/firings/seen", json={"ids": ["1"]}, headers=AUTH), 422)
    alert_id = made.json()["id"]
    assert writer.delete(f"/alerts/{alert_id}", headers=AUTH).json() == {"id": alert_id, "removed": True}
    assert_error(writer.delete(f"/alerts/{alert_id}", headers=AUTH), 404)
    assert_error(writer.delete("/alerts/abc", headers=AUTH), 404)


def test_the_alerts_page_forms_check_the_token(writer, reader):
    form = {"kind": "claim", "target": "قوات كورسك", "stance": "deny", "token": TOKEN}
    done = writer.post("/ui/alerts", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/ui/alerts?message=")
    assert [a["target"] for a in writer.get("/alerts").json()["alerts"]] == ["قوات كورسك"]
    assert writer.post("/ui/alerts", data={**form, "token": "wrong"}).status_code == 403
    assert reader.post("/ui/alerts", data=form).status_code == 403
    assert writer.post("/ui/alerts", data={**form, "stance": "angry"}).status_code == 422
    assert writer.post("/ui/alerts/1/remove", data={"token": TOKEN}, follow_redirects=False).status_code == 303
    assert writer.get("/alerts").json()["alerts"] == []
    assert 'id="alerts-add"' not in reader.get("/ui/alerts").text


def test_story_pages_order_copies_by_time_and_mark_the_first(db):
    def at(url, moment):
        record = copy.deepcopy(KREMLIN_DENIES)
        record["meta"] = {"url": url, "published_at": moment}
        return record
    with Store(db) as store:
        late = store.add(at("https://a.example/1", "2024-10-24T10:00:00+03:00"), source="late").doc_id   # 07:00 UTC
        early = store.add(at("https://b.example/1", "2024-10-24T06:30:00+02:00"), source="early").doc_id  # 04:30 UTC
        dated = store.add({**copy.deepcopy(KREMLIN_DENIES), "meta": {"url": "https://c.example/1"}},
                          source="dated").doc_id
        store.update_stories([late, early, dated])
        story = store.story(late)
    assert [d["source"] for d in story["documents"]] == ["early", "late", "dated"]
    assert story["first"] == early and [d["first"] for d in story["documents"]] == [True, False, False]
    assert story["documents"][0]["published_at"] == "2024-10-24T04:30:00Z"
    with TestClient(create_app(db, rate=None)) as client:
        page = client.get(f"/ui/stories/{late}").text
        assert client.get(f"/stories/{late}").json()["first"] == early
    assert page.index("early") < page.index("late") < page.index("dated")
    assert "الأول" in page and "24 أكتوبر 2024 <bdi class=\"ltr\">04:30 UTC</bdi>" in page.replace("</time>", "")


def test_copies_of_one_day_without_times_name_no_first(db):
    with Store(db) as store:
        a = store.add(KREMLIN_DENIES, source="a").doc_id
        b = store.add({**copy.deepcopy(KREMLIN_DENIES), "meta": {"url": "https://b.example/1"}}, source="b").doc_id
        store.update_stories([a, b])
        story = store.story(a)
    assert story["first"] is None and [d["first"] for d in story["documents"]] == [False, False]
