"""`make train-ner` machinery on a tiny corpus written here (the real training is not part of the tests)."""
import json

from marsad.annotators.entities import train
from marsad.annotators.entities.conll import read_conll, score, spans
from marsad.annotators.entities.model import load

SENTENCES = [
    ("قال فلاديمير بوتين في موسكو إن روسيا مستعدة", "O B-PERS I-PERS O B-LOC O B-LOC O"),
    ("وصل جو بايدن إلى واشنطن أمس", "O B-PERS I-PERS O B-LOC O"),
    ("أعلنت وزارة الخارجية الروسية أن لافروف سيزور بكين", "O B-ORG I-ORG I-ORG O B-PERS O B-LOC"),
    ("وقالت الأمم المتحدة إن الوضع في غزة خطير", "O B-ORG I-ORG O O O B-LOC O"),
]


def _write(folder):
    lines = []
    for words, tags in SENTENCES * 3:
        lines += [f"{w} {t}" for w, t in zip(words.split(), tags.split())] + [""]
    (folder / train.TRAIN_FILE).write_text("\n".join(lines), encoding="utf-8")


def test_reads_conll_with_pers_as_per(tmp_path):
    _write(tmp_path)
    sentences = read_conll(tmp_path / train.TRAIN_FILE)
    assert len(sentences) == 12
    assert sentences[0][1][1] == "B-PER"
    assert spans(sentences[0][1]) == [(1, 3, "PER"), (4, 5, "LOC"), (6, 7, "LOC")]


def test_conlleval_scores_exact_spans_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    result = score(gold, pred)
    assert result["micro"]["tp"] == 1 and result["micro"]["pred"] == 2 and result["micro"]["gold"] == 2
    assert result["LOC"]["f1"] == 1.0 and result["PER"]["f1"] == 0.0


def test_training_writes_a_loadable_model(tmp_path):
    _write(tmp_path)
    out = tmp_path / "model"
    assert train.main(["--data", str(tmp_path), "--out", str(out)]) == 0
    assert {p.name for p in out.iterdir()} >= {"ner.crfsuite", "vocab.json.gz", "training.json"}
    assert not (out / "neural.npz").exists() and load(str(out)).neural is None
    tagger = load(str(out))
    tags, _ = tagger.tag("قال فلاديمير بوتين في موسكو".split())
    assert tags == ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert tagger.inside_ratio("بوتين") == 1.0 and tagger.inside_ratio("قال") == 0.0


def test_missing_data_is_a_clear_error(tmp_path, capsys):
    assert train.main(["--data", str(tmp_path / "absent"), "--out", str(tmp_path / "m")]) == 2
    assert "not found" in capsys.readouterr().err


def test_training_with_the_neural_tagger_writes_an_ensemble(tmp_path):
    import pytest
    pytest.importorskip("torch")
    _write(tmp_path)
    out = tmp_path / "model"
    assert train.main(["--data", str(tmp_path), "--out", str(out), "--neural"]) == 0
    info = json.loads((out / "training.json").read_text())
    assert info["ensemble"]["crf_weight"] == train.CRF_WEIGHT and info["neural"]["params"]["epochs"] > 0
    tagger = load(str(out))
    assert tagger.neural is not None
    assert tagger.tag("قال فلاديمير بوتين في موسكو".split())[0] == ["O", "B-PER", "I-PER", "O", "B-LOC"]
