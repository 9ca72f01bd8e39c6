"""The linear models' inference path, and the packaged models it loads."""
import json
import math

import pytest

from marsad.annotators.attribution.learned import linear


def test_a_binary_model_sums_the_weights_of_active_features():
    model = linear.from_json({"kind": "binary", "weights": {"rule": 2.0, "verdict=name": -3.0}, "bias": -1.0,
                              "threshold": 0.6})
    assert model.score(["rule", "unknown feature"]) == pytest.approx(1.0)
    assert model.probability(["rule"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.accepts(["rule"]) and not model.accepts(["rule", "verdict=name"])


def test_a_ranker_picks_the_best_candidate_and_nothing_of_none():
    model = linear.from_json({"kind": "ranker", "weights": {"pos=subject": 1.5, "inside_quote": -4.0}})
    assert model.best([["pos=before"], ["pos=subject"], ["pos=subject", "inside_quote"]]) == 1
    assert model.best([]) is None


def test_a_multiclass_model_predicts_its_highest_class():
    model = linear.from_json({"kind": "multiclass", "classes": ["assert", "deny"],
                              "weights": {"lemma=نفي": [-1.0, 2.0]}, "bias": [0.5, 0.0]})
    assert model.predict(["lemma=نفي"]) == "deny" and model.predict([]) == "assert"


def test_an_unknown_model_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown model kind"):
        linear.from_json({"kind": "forest"})


def test_the_packaged_models_load_with_their_training_report(tmp_path):
    assert linear.models_installed()
    assert isinstance(linear.load("quotes"), linear.Binary) and isinstance(linear.load("cues"), linear.Binary)
    assert isinstance(linear.load("speakers"), linear.Ranker)
    stance = linear.load("stance")
    assert isinstance(stance, linear.Multiclass) and "deny" in stance.classes and "confirm" not in stance.classes
    assert linear.load("quotes").weights and 0 < linear.load("quotes").threshold < 1
    report = json.loads((linear.model_dir() / "training.json").read_text())
    assert report["data"]["split"] == "written-news train"
    assert not linear.models_installed(str(tmp_path))          # an empty folder holds no models
