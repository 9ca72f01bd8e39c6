"""Saved alerts on hand-built records: who is quoted, claims on a topic with a stance, stories spreading;
each firing once, delivered as JSON lines and by webhook (to a local server)."""
from __future__ import annotations

import copy
import json

import pytest

from marsad.alerts import AlertRunner, Alerts, JsonLines, check_articles, check_stories, post_webhook, retry_webhooks
from marsad.alerts.deliver import MAX_ATTEMPTS
from marsad.errors import InputError
from marsad.store import Store
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY
from tests.fetch.site import Reply


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db") as s:
        yield s


def copy_at(record: dict, url: str) -> dict:
    out = copy.deepcopy(record)
    out["meta"] = {**out.get("meta", {}), "url": url}
    return out


def test_an_entity_alert_fires_once_per_new_article_that_quotes_it(store):
    store.add(KREMLIN_DENIES, source="tass")                 # before the alert: not watched
    saved = Alerts(store)
    alert = saved.add("entity", "بيسكوف", name="المتحدث باسم الكرملين")
    assert check_articles(store) == []
    store.add(copy_at(KREMLIN_DENIES, "https://example.com/k2"), source="ria")
    store.add(PENTAGON_CONFIRMS, source="cnn")
    [fid] = check_articles(store)
    assert check_articles(store) == []                       # checked already
    assert Alerts(store).record_firing(alert, "doc:2", 2, 2, {}) is None   # and recorded once per key
    [firing] = saved.firings(new_only=True)
    assert firing["id"] == fid and firing["key"] == "doc:2" and firing["document"]["source"] == "ria"
    assert firing["alert"]["name"] == "المتحدث باسم الكرملين"
    [quote] = firing["finding"]["quotes"]
    text = store.document(2)["text"]
    assert text[quote["start"]:quote["end"]] == quote["text"] == "لا نعلق على مثل هذه الادعاءات"
    assert quote["speaker"]["text"] == "بيسكوف" and quote["entity"] == "PER:دميتري بيسكوف"
    assert saved.mark_seen() == 1 and saved.firings(new_only=True) == [] and saved.count_new() == 0


def test_an_alert_on_a_body_fires_on_its_claims(store):
    Alerts(store).add("entity", "الكرملين")
    store.add(KREMLIN_DENIES)
    [fid] = check_articles(store)
    [firing] = Alerts(store).firings(ids=[fid])
    [claim] = firing["finding"]["claims"]
    assert (claim["stance"], claim["source"]["text"], claim["cue"]["text"]) == ("deny", "الكرملين", "نفى")
    assert KREMLIN_DENIES["text"][claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]


def test_a_claim_alert_matches_the_content_and_the_stance(store):
    saved = Alerts(store)
    denials = saved.add("claim", "قوات كورسك", stance="deny")
    anything = saved.add("claim", "قوات كورية")
    unrelated = saved.add("claim", "المعاهدة")
    for record in (KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY):
        store.add(record)
    fired = saved.firings(ids=check_articles(store))
    by_alert = {}
    for firing in fired:
        by_alert.setdefault(firing["alert"]["id"], []).append(firing["document"]["id"])
    assert by_alert == {denials.id: [1], anything.id: [2, 1]}
    assert unrelated.id not in by_alert
    assert fired[-1]["finding"]["claims"][0]["stance"] == "deny"


def test_a_story_alert_fires_when_the_story_reaches_n_outlets(store):
    saved = Alerts(store)
    alert = saved.add("story", min_outlets=2)
    about_treaty = saved.add("story", "المعاهدة", min_outlets=2)
    a = store.add(KREMLIN_DENIES, source="tass").doc_id
    store.update_stories([a])
    assert check_stories(store) == []                         # one outlet so far
    b = store.add(copy_at(KREMLIN_DENIES, "https://example.com/k2"), source="ria").doc_id
    store.update_stories([b])
    [fid] = check_stories(store)
    [firing] = saved.firings(ids=[fid])
    assert firing["alert"]["id"] == alert.id and firing["story"] == a
    assert firing["finding"]["outlets"] == ["ria", "tass"] and firing["finding"]["documents"] == 2
    c = store.add(copy_at(KREMLIN_DENIES, "https://example.com/k3"), source="rt").doc_id
    store.update_stories([c])
    assert check_stories(store) == []                         # this story fired already
    assert about_treaty.id not in [f["alert"]["id"] for f in saved.firings()]


def test_alerts_are_checked_and_their_fields_refused_when_wrong(store):
    saved = Alerts(store)
    for kwargs, message in ((dict(kind="who", target="x"), "alert kind must be one of"),
                            (dict(kind="entity", target=" "), "needs a target"),
                            (dict(kind="claim", target="x", stance="angry"), "stance applies to claim alerts"),
                            (dict(kind="story"), "needs min_outlets"),
                            (dict(kind="entity", target="x", webhook="ftp://h/x"), "webhook must be an http")):
        with pytest.raises(InputError, match=message):
            saved.add(**kwargs)
    alert = saved.add("claim", "كورسك", stance="deny", webhook="http://127.0.0.1:9/hook")
    assert alert.describe() == "a claim about 'كورسك' (deny)" and alert.name == f"claim #{alert.id}"
    assert saved.remove(alert.id) and not saved.remove(alert.id) and saved.list() == []


def test_json_lines_and_a_webhook_that_fails_once(store, site, tmp_path):
    answers = iter([Reply(503), Reply(204)])
    site.routes["/hook"] = lambda hit: next(answers)
    Alerts(store).add("entity", "سابرينا سينغ", webhook=site.url("/hook"))
    out = tmp_path / "alerts.jsonl"
    sink = JsonLines(str(out))
    runner = AlertRunner(store, sinks=[sink], webhook_backoff=0.01)
    store.add(PENTAGON_CONFIRMS, source="cnn")
    [fid] = runner.after_articles()
    sink.close()
    [line] = out.read_text(encoding="utf-8").splitlines()
    message = json.loads(line)
    assert message["schema"] == "marsad.alert/1" and message["id"] == fid
    assert message["finding"]["quotes"][0]["text"] == "نحن قلقون جدا من هذا التطور"
    posts = site.requested("/hook")
    assert len(posts) == 2 and posts[0].method == "POST" and json.loads(posts[1].body)["id"] == fid
    [firing] = Alerts(store).firings()
    assert firing["webhook"] == {"status": "sent", "attempts": 2, "error": None}


def test_a_webhook_that_keeps_failing_is_retried_later_then_given_up(store, site):
    site.routes["/down"] = Reply(500)
    Alerts(store).add("entity", "بيسكوف", webhook=site.url("/down"))
    store.add(KREMLIN_DENIES)
    errors: list[str] = []
    AlertRunner(store, on_error=errors.append, webhook_backoff=0.0).after_articles()
    [firing] = Alerts(store).firings()
    assert firing["webhook"] == {"status": "pending", "attempts": 3, "error": "HTTP 500 Internal Server Error"}
    while retry_webhooks(store, on_error=errors.append, backoff=0.0) == 0 and \
            Alerts(store).firings()[0]["webhook"]["status"] == "pending":
        pass
    assert Alerts(store).firings()[0]["webhook"]["status"] == "failed"
    assert len(site.requested("/down")) == MAX_ATTEMPTS
    assert errors[0] == f"alert webhook {site.url('/down')}: HTTP 500 Internal Server Error (firing 1, pending)"


def test_post_webhook_stops_on_a_refusal(site):
    site.routes["/gone"] = Reply(410)
    assert post_webhook(site.url("/gone"), {"x": 1}, backoff=0) == ("HTTP 410 Gone", 1)
    assert len(site.requested("/gone")) == 1


def test_an_entity_alert_finds_the_name_inside_a_speaker_description(store):
    record = copy.deepcopy(TREATY)
    text = record["text"]
    start = text.index("وزير الإعلام:")
    record["quotes"][0]["speaker"] = {"start": start, "end": start + len("وزير الإعلام"), "text": "وزير الإعلام"}
    Alerts(store).add("entity", "الإعلام")          # a word of the description: matched
    Alerts(store).add("entity", "وزير الإعلام السابق")  # more words than the description: not matched
    store.add(record)
    [firing] = Alerts(store).firings(ids=check_articles(store))
    assert firing["alert"]["target"] == "الإعلام"
    assert firing["finding"]["quotes"][0]["speaker"]["text"] == "وزير الإعلام"
