"""Bidi controls in the data stay inside the data on the pages: a title, an outlet's name, a quote
or a snippet holding U+202E (RIGHT-TO-LEFT OVERRIDE) is shown inside its own isolate (`<bdi>`,
or FSI…PDI in the page title), so the rest of the line is not reordered.

Every text node holding the control, on the home, article, story, search, stories, quotes,
claims and entity pages, must sit inside a `<bdi>` (or an element with dir="auto"); the
article's own paragraphs are blocks of its text, shown as written."""
import shutil

import lxml.html
import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.store import Store
from tests.web.corpus import Spans, _base, _entity

RLO, FSI, PDI = "\u202e", "\u2068", "\u2069"
TEXT = (f"بغداد - قال وزير الخارجية العراقي فؤاد حسين، الخميس، إن «بغداد ترفض {RLO}التدخل في شؤونها» "
        f"وإن الحكومة تنفي وجود {RLO}قوات أجنبية في البلاد.")


COPY = TEXT + " وأضاف أن الحوار مع الجيران مستمر."        # the agency copy, one sentence longer


def _record(doc_id: str, text: str = TEXT) -> dict:
    s = Spans(text)
    record = _base(text, "2024-11-21", doc_id)
    record["entities"] = [_entity(s, "بغداد", "LOC", "e1"), _entity(s, "فؤاد حسين", "PER", "e2")]
    record["clusters"] = {"e1": {"name": "بغداد", "label": "LOC"}, "e2": {"name": "فؤاد حسين", "label": "PER"}}
    record["quotes"] = [{**s.at(f"بغداد ترفض {RLO}التدخل في شؤونها"), "kind": "direct",
                         "speaker": {**s.at("فؤاد حسين"), "entity": "e2"}, "cue": s.at("قال")}]
    record["claims"] = [{"source": {**s.at("الحكومة"), "entity": None}, "cue": s.at("تنفي"),
                         "content": s.at(f"وجود {RLO}قوات أجنبية في البلاد"), "stance": "deny"}]
    record["timexes"], record["quantities"] = [], []
    return record


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    path = tmp_path_factory.mktemp("bidi") / "bidi.db"
    with Store(str(path)) as store:
        first = store.add(_record("a"), source=f"{RLO}منفذ مقلوب", title=f"عنوان {RLO}مقلوب",
                          url="https://a.example/1").doc_id
        store.add(_record("b", COPY), source=f"وكالة {RLO}ثانية", title=f"{RLO}نسخة ثانية",
                  url="https://b.example/1")
        store.update_stories()
        story = store.document(first)["corpus"]["story"]
        person = store.document(first)["corpus"]["entities"]["e2"]
    with TestClient(create_app(path, rate=None), raise_server_exceptions=False) as client:
        urls = {"home": "/ui/", "article": f"/ui/documents/{first}", "story": f"/ui/stories/{story}",
                "search": "/ui/search?q=بغداد", "stories": "/ui/stories", "quotes": "/ui/quotes",
                "claims": "/ui/claims", "entity": f"/ui/entities/{person}", "outlet home": "/ui/?source=" + RLO + "منفذ مقلوب"}
        yield {name: client.get(url) for name, url in urls.items()}


def _unisolated(html: str) -> list[str]:
    """The text pieces holding U+202E with no <bdi> or dir="auto" around them (the page title, form
    controls and the article's own paragraphs aside)."""
    root = lxml.html.fromstring(html)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for text, parent in ((element.text, element), (element.tail, element.getparent())):
            if not text or RLO not in text or parent is None:
                continue
            chain = [parent, *parent.iterancestors()]
            if any(e.tag in ("title", "option", "textarea") for e in chain):
                continue
            if any(e.get("id") == "article-text" for e in chain):
                continue
            if not any(e.tag == "bdi" or e.get("dir") == "auto" for e in chain):
                found.append(f"<{parent.tag} class={parent.get('class')!r}>: {text.strip()[:60]!r}")
    return found


@pytest.mark.parametrize("name", ["home", "article", "story", "search", "stories", "quotes", "claims", "entity",
                                  "outlet home"])
def test_titles_outlets_and_article_text_are_isolated(pages, name):
    r = pages[name]
    assert r.status_code == 200, r.text
    assert RLO in r.text                                   # the data is shown, control and all
    assert _unisolated(r.text) == []


def test_the_article_page_shows_each_piece_in_its_own_isolate(pages):
    root = lxml.html.fromstring(pages["article"].text)
    assert root.get_element_by_id("article-title").xpath("string(bdi)") == f"عنوان {RLO}مقلوب"
    isolated = {b.text_content() for b in root.iter("bdi")}
    assert {f"{RLO}منفذ مقلوب", f"بغداد ترفض {RLO}التدخل في شؤونها", f"وجود {RLO}قوات أجنبية في البلاد"} <= isolated
    title = root.find(".//title").text
    assert title.startswith(f"{FSI}عنوان {RLO}مقلوب{PDI}")           # the tab's title: FSI…PDI
    body = root.get_element_by_id("article-text").text_content()
    assert TEXT[TEXT.index("قال"):TEXT.index("«")] in body and RLO in body   # the text as written


def test_the_story_page_isolates_every_outlet_and_title(pages):
    root = lxml.html.fromstring(pages["story"].text)
    isolated = {b.text_content() for b in root.iter("bdi")}
    assert {f"{RLO}منفذ مقلوب", f"وكالة {RLO}ثانية", f"عنوان {RLO}مقلوب", f"{RLO}نسخة ثانية"} <= isolated


def test_an_isolate_closes_what_the_value_leaves_open():
    from marsad.web.render import isolated
    assert isolated("عادي") == "عادي"
    assert isolated(f"{RLO}x") == f"{FSI}{RLO}x{PDI}"
    assert isolated(f"x{PDI}{RLO}y\u2067") == f"{FSI}{FSI}x{PDI}{RLO}y\u2067{PDI}{PDI}"   # a stray PDI, an open RLI
