"""The example article that `make demo` prints (examples/article.txt, invented for the project):
its two officials are people and each has his own words (the issue's acceptance check)."""
import marsad
from tests.conftest import ROOT


def test_the_demo_names_both_officials_as_people_with_their_quote_and_claim():
    text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    rec = marsad.to_record(marsad.analyze(text, published="2024-11-21"))
    people = {e["text"]: e for e in rec["entities"] if e["label"] == "PER"}
    assert {"نادر العبيدي", "سلام الدليمي"} <= set(people)
    for name in ("نادر العبيدي", "سلام الدليمي"):
        assert text[people[name]["start"]:people[name]["end"]] == name
    # "وقال منسق الشؤون الإنسانية في بغداد نادر العبيدي ...: «تراجعت ...»": the person, past the place
    quote = next(q for q in rec["quotes"] if text[q["start"]:q["end"]].startswith("تراجعت مناسيب"))
    speaker = quote["speaker"]
    assert speaker["text"] == text[speaker["start"]:speaker["end"]] == "نادر العبيدي"
    assert speaker["entity"] == people["نادر العبيدي"]["entity"]
    claim = next(c for c in rec["claims"] if "أطلقت خطة" in c["content"]["text"])
    assert claim["source"]["text"] == text[claim["source"]["start"]:claim["source"]["end"]] == "سلام الدليمي"
