"""`make train-ner` machinery on tiny corpora written here (the real training is not part of the tests)."""
import json

import pytest

from marsad.annotators.entities.conll import read_conll, score, spans
from marsad.annotators.entities.model import load
from training import ner as train
from training import ner_data, splits

SENTENCES = [
    ("قال فلاديمير بوتين في موسكو إن روسيا مستعدة", "O B-PERS I-PERS O B-LOC O B-LOC O"),
    ("وصل جو بايدن إلى واشنطن أمس", "O B-PERS I-PERS O B-LOC O"),
    ("أعلنت وزارة الخارجية الروسية أن لافروف سيزور بكين", "O B-ORG I-ORG I-ORG O B-PERS O B-LOC"),
    ("وقالت الأمم المتحدة إن الوضع في غزة خطير", "O B-ORG I-ORG O O O B-LOC O"),
]


def _write_anercorp(folder):
    lines = []
    for words, tags in SENTENCES * 3:
        lines += [f"{w} {t}" for w, t in zip(words.split(), tags.split())] + [""]
    path = folder / "anercorp-train.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_reads_conll_with_pers_as_per(tmp_path):
    sentences = read_conll(_write_anercorp(tmp_path))
    assert len(sentences) == 12
    assert sentences[0][1][1] == "B-PER"
    assert spans(sentences[0][1]) == [(1, 3, "PER"), (4, 5, "LOC"), (6, 7, "LOC")]


def test_conlleval_scores_exact_spans_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    result = score(gold, pred)
    assert result["micro"]["tp"] == 1 and result["micro"]["pred"] == 2 and result["micro"]["gold"] == 2
    assert result["LOC"]["f1"] == 1.0 and result["PER"]["f1"] == 0.0


def test_wikifane_is_read_with_the_guides_labels_and_its_quirks_undone(tmp_path):
    rows = [("زار", "O"), ("الرئيس", "O"), ("جمال", "B-Politician"), ("عبد", "I-Politician"),
            ("الناصر", "I-Politician"), ("عاصمة", "O"), ("ها", "O"), ("و", "O"), ("المغول", "B-Group"),
            ("قرب", "O"), ("الشمس", "B-Celestial"), ("في", "O"), ("جامعة", "B-Educational"),
            ("القاهرة", "I-Educational"), (".", "O")]
    body = "\r\n".join(f"\u200e{w}\t{t}" for w, t in rows) + "\r\n\r\n\u200eمصر\tB-Nation\r\n"
    path = tmp_path / "wikifane.txt"
    path.write_bytes(("\ufeff" + body).encode("utf-8"))
    first, second = ner_data.wikifane(path)
    words, tags = first
    assert words == ["زار", "الرئيس", "جمال", "عبد", "الناصر", "عاصمتها", "والمغول", "قرب", "الشمس", "في",
                     "جامعة", "القاهرة", "."]
    assert tags == ["O", "O", "B-PER", "I-PER", "I-PER", "O", "B-MISC", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert second == (["مصر"], ["B-LOC"])


def test_anercorp_tags_are_read_as_the_guide_labels_them():
    words = "وبلغت الصفقة 30 مليون دولار والحمد لله ، وقال الله في كتابه ، واشترى بالدولار الإسلام".split()
    tags = ["O", "O", "O", "O", "B-MISC", "O", "O", "O", "O", "B-MISC", "O", "O", "O", "O", "B-MISC",
            "B-MISC"]
    assert ner_data.to_guide((words, tags)) == (words, ["O"] * 15 + ["B-MISC"])
    kept = ("ذهب مع الريح رواية".split(), ["B-MISC", "I-MISC", "I-MISC", "O"])     # a title, no currency
    assert ner_data.to_guide(kept) == kept


def _write_article(folder, name, text, entities):
    (folder / "slate").mkdir(parents=True, exist_ok=True)
    (folder / "slate" / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"published": "2024-11-21", "entities": [
        {"start": text.index(t), "end": text.index(t) + len(t), "text": t, "label": label} for t, label in entities]}
    (folder / "slate" / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_written_news_gold_spans_move_onto_marsads_tokens(tmp_path):
    text = "وصل وزير الخارجية السعودي إلى لأوكرانيا أمس.\nوقال الوزير فيصل بن فرحان إن الزيارة ناجحة."
    _write_article(tmp_path, "a-01", text, [("أوكرانيا", "LOC"), ("فيصل بن فرحان", "PER")])
    article = splits.Article("a-01", tmp_path / "slate" / "a-01.txt", tmp_path / "slate" / "a-01.gold.json")
    sentences = ner_data.article_sentences(article)
    tagged = [(w, t) for words, tags in sentences for w, t in zip(words, tags) if t != "O"]
    # the clitic ل stays on the token (the runtime sees لأوكرانيا); the title and the adjective stay out
    assert tagged == [("لأوكرانيا", "B-LOC"), ("فيصل", "B-PER"), ("بن", "I-PER"), ("فرحان", "I-PER")]
    assert ["السعودي", "O"] in [[w, t] for words, tags in sentences for w, t in zip(words, tags)]


@pytest.fixture
def tiny_sources(tmp_path, monkeypatch):
    """ANERcorp train and written-news stand-ins (the real ones are not read by the tests)."""
    monkeypatch.setattr(ner_data, "ANERCORP_TRAIN", _write_anercorp(tmp_path))
    news = tmp_path / "news"
    for i in range(7):          # 6 train articles (every fifth is held out), 1 of them for tuning
        _write_article(news, f"s-{i:02}", "قال الأمين العام أنطونيو غوتيريش في جنيف إن الأمم المتحدة قلقة.",
                       [("أنطونيو غوتيريش", "PER"), ("جنيف", "LOC"), ("الأمم المتحدة", "ORG")])
    monkeypatch.setattr(splits, "WRITTEN_NEWS", news)
    return tmp_path


def test_training_writes_a_loadable_model_with_its_feature_groups(tiny_sources):
    out = tiny_sources / "model"
    assert train.main(["--out", str(out), "--sources", "anercorp,news", "--groups", "base,places,kb",
                       "--iterations", "50"]) == 0
    assert {p.name for p in out.iterdir()} >= {"ner.crfsuite", "vocab.json.gz", "training.json"}
    info = json.loads((out / "training.json").read_text())
    assert info["features"] == ["base", "places", "kb"] and info["sources"] == {"anercorp": 12, "news": 6}
    tagger = load(str(out))
    assert tagger.neural is None and tagger.groups == {"base", "places", "kb"}
    tags, _ = tagger.tag("قال فلاديمير بوتين في موسكو".split())
    assert tags == ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert tagger.inside_ratio("بوتين") == 1.0 and tagger.inside_ratio("قال") == 0.0


def test_dev_mode_scores_the_left_out_parts(tiny_sources, capsys):
    out = tiny_sources / "dev-model"
    assert train.main(["--out", str(out), "--dev", "--sources", "anercorp,news", "--groups", "base",
                       "--iterations", "30"]) == 0
    result = json.loads(capsys.readouterr().out)
    # ANERcorp's last tenth (2 of 12 sentences) and every fifth written-news train article are left out
    assert result["sources"] == {"anercorp": 10, "news": 5}
    assert result["anercorp_dev"]["micro"]["gold"] > 0 and result["news_tune"]["micro"]["gold"] == 3


def test_missing_data_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ner_data, "ANERCORP_TRAIN", tmp_path / "absent.txt")
    assert train.main(["--out", str(tmp_path / "m"), "--sources", "anercorp"]) == 2
    assert "not found" in capsys.readouterr().err


def test_an_unknown_feature_group_is_a_clear_error(tmp_path, capsys):
    assert train.main(["--out", str(tmp_path / "m"), "--groups", "base,bert"]) == 2
    assert "unknown feature group" in capsys.readouterr().err


def test_training_with_the_neural_tagger_writes_an_ensemble(tiny_sources):
    pytest.importorskip("torch")
    out = tiny_sources / "model"
    assert train.main(["--out", str(out), "--sources", "anercorp", "--groups", "base,places,freq", "--neural"]) == 0
    info = json.loads((out / "training.json").read_text())
    assert info["ensemble"]["crf_weight"] == train.CRF_WEIGHT and info["neural"]["params"]["epochs"] > 0
    tagger = load(str(out))
    assert tagger.neural is not None
    assert tagger.tag("قال فلاديمير بوتين في موسكو".split())[0] == ["O", "B-PER", "I-PER", "O", "B-LOC"]

