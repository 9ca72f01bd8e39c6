"""The article view built from a record: marks for every layer, side lists, labels."""
from html.parser import HTMLParser

from marsad.web.article import article_view, format_number
from marsad.web.pages import render
from tests.web.corpus import example_record, hostile_record


class _Marks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.attrs = [], {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append(a.get("data-mark"))
        if a.get("data-mark"):
            self.text.setdefault(a["data-mark"], "")
            self.attrs.setdefault(a["data-mark"], a)

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for m in self.stack:
            if m:
                self.text[m] += data


def marks_of(view):
    p = _Marks()
    for block in view.blocks:
        p.feed(str(block.html))
    return p


def test_every_layer_becomes_marks_over_the_right_text():
    record = example_record()
    view = article_view(record)
    p = marks_of(view)
    for i, e in enumerate(record["entities"]):
        assert p.text[f"e{i}"] == e["text"]
        assert p.attrs[f"e{i}"]["data-label"] == e["label"]
    for i, q in enumerate(record["quotes"]):
        assert p.text[f"q{i}"] == q["text"]
        assert p.attrs[f"q{i}"]["data-speaker"] == "نادر العبيدي"
        assert p.text[f"q{i}s"] == "نادر العبيدي"
    for i, c in enumerate(record["claims"]):
        assert p.text[f"c{i}"] == c["content"]["text"]
        assert f"stance-{c['stance']}" in p.attrs[f"c{i}"]["class"]
        assert p.text[f"c{i}c"] == c["cue"]["text"]
    for i, t in enumerate(record["timexes"]):
        assert (p.text[f"t{i}"], p.attrs[f"t{i}"]["data-timex"]) == (t["text"], t["value"])
    # What is printed after the words: readable values, never the TIMEX3 code.
    assert [p.attrs[f"t{i}"]["data-value"] for i in range(4)] == [
        "20 نوفمبر 2024", "صيف 2025", "19 نوفمبر 2024", "40 عاما"]
    assert p.attrs["t3"]["title"] == "مدة: 40 عاما"
    assert p.attrs["n1"]["data-value"] == "250,000,000 دولار"
    assert p.attrs["n0"]["data-value"] == "≈ 3,000,000 شخص"


def test_side_lists_group_entities_and_name_speakers_and_sources():
    view = article_view(example_record())
    names = {g.name: (g.label, len(g.mentions)) for g in view.entities}
    assert names["الأمم المتحدة"] == ("ORG", 2)
    assert names["وزارة الموارد المائية العراقية"] == ("ORG", 2)
    ministry = next(g for g in view.entities if g.name == "وزارة الموارد المائية العراقية")
    assert ministry.forms == ["وزارة الموارد المائية العراقية", "وزارة الموارد المائية"]
    assert [q["speaker"] for q in view.quotes] == ["نادر العبيدي", "نادر العبيدي"]
    assert [(c["source"], c["stance"]) for c in view.claims][:2] == [("الأمم المتحدة", "warn"),
                                                                      ("وزارة الموارد المائية العراقية", "deny")]
    # A claim source that is no entity is shown by its own words.
    assert view.claims[-1]["source"] == "خبراء في جامعة البصرة"
    assert view.title == "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق"
    assert [b.kind for b in view.blocks].count("boilerplate") == 4


def test_entity_links_come_from_the_given_resolver():
    view = article_view(example_record(), entity_href=lambda cid, cluster, text: f"/ui/entities/X{cid}")
    assert {g.href for g in view.entities} == {f"/ui/entities/Xe{i}" for i in range(1, 14)}


def test_rendered_page_is_rtl_and_escapes_hostile_text():
    view = article_view(hostile_record())
    page = render("article.html", view=view, doc_id="hostile", safe_url=None).body.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "<script>document.title" not in page and "<img src=x" not in page
    assert "<script>alert" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    # The only script element is ours.
    assert page.count("<script") == 1 and '<script src="/static/marsad.js" defer></script>' in page


def test_format_number():
    assert format_number(250000000) == "250,000,000"
    assert format_number(2.5) == "2.5"
    assert format_number(12000.0) == "12,000"
    assert format_number(None) == ""
