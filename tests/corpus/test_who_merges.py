"""One person, one entity: a handful of articles analysed and ingested, then asked with `who`."""
import json

import pytest

from marsad.cli import main

ARTICLES = [
    {"id": "kerry-1", "published": "2015-07-23", "text": "كيري يدافع عن الاتفاق النووي\n\nقال وزير الخارجية "
     "الأمريكي جون كيري إن الاتفاق مع إيران جيد للعالم. وأضاف كيري مازحا أن المفاوضات كانت أطول مما توقع."},
    {"id": "kerry-2", "published": "2015-07-24", "text": "كيري أمام الكونغرس\n\nوقال كيري سيزداد الضغط على إيران "
     "إذا لم تلتزم بالاتفاق. وكان كيري قد التقى أعضاء مجلس الشيوخ في واشنطن."},
    {"id": "jubeir-1", "published": "2015-07-23", "text": "الجبير يلتقي نظيره\n\nوأكد وزير الخارجية عادل بن أحمد "
     "الجبير أن المملكة تدعم الحل السياسي في اليمن. وقال الجبير إن الرياض ترحب بالحوار."},
    {"id": "jubeir-2", "published": "2015-07-24", "text": "الجبير في باريس\n\nوقال وزير الخارجية عادل الجبير "
     "للصحفيين إن المملكة ترحب بالاتفاق."},
    {"id": "farm-1", "published": "2015-07-24", "text": "محصول وفير\n\nقال المزارع محمد للصحفيين إن محصول التمر "
     "تضاعف هذا العام."},
    {"id": "farm-2", "published": "2015-07-24", "text": "أمطار متأخرة\n\nقال المزارع محمد إن الأمطار تأخرت في "
     "القرية هذا الموسم."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("who")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(folder / "corpus.db")
    assert main(["ingest", str(source), "--db", path, "--workers", "1", "--no-progress", "--quiet"]) == 0
    return path


def who(capsys, name, db) -> list[dict]:
    capsys.readouterr()
    assert main(["who", name, "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_kerry_is_one_linked_person_and_no_verb_glued_name_is_an_entity(db, capsys):
    (kerry,) = who(capsys, "كيري", db)
    assert (kerry["id"], kerry["english"], kerry["kind"], kerry["documents"]) == (
        "PER:kb:john-kerry", "John Kerry", "minister", 2)
    texts = {(m["doc_id"], m["start"], m["end"], m["text"]) for m in kerry["mentions"]}
    # `وأضاف كيري مازحا` and `وقال كيري سيزداد`: the person is the name alone
    assert (1, 104, 108, "كيري") in texts and (2, 25, 29, "كيري") in texts
    text = ARTICLES[0]["text"]
    assert text[104:108] == "كيري" and text[108:114] == " مازحا"
    assert not {m["text"] for m in kerry["mentions"]} - {"كيري", "جون كيري"}


@pytest.mark.slow
def test_full_and_short_forms_of_jubeir_are_one_person_named_by_the_knowledge_base(db, capsys):
    (jubeir,) = who(capsys, "الجبير", db)
    assert (jubeir["id"], jubeir["name"], jubeir["english"], jubeir["documents"]) == (
        "PER:kb:adel-al-jubeir", "عادل الجبير", "Adel al-Jubeir", 2)
    assert {"عادل بن أحمد الجبير", "عادل الجبير", "الجبير"} <= {m["text"] for m in jubeir["mentions"]}


@pytest.mark.slow
def test_a_given_name_alone_is_a_different_person_in_each_article(db, capsys):
    farmers = [e for e in who(capsys, "محمد", db) if e["label"] == "PER"]
    assert len(farmers) == 2 and {e["documents"] for e in farmers} == {1}
    assert all(e["id"].startswith("PER:محمد@") for e in farmers)
