"""Loading the built-in tagger: lazily, from the package or a folder, with the feature groups it was trained on."""
import json
import subprocess
import sys

import pytest

from marsad.annotators.entities import BuiltinBackend
from marsad.annotators.entities.features import ALL_GROUPS, LEGACY_GROUPS, sentence_features
from marsad.annotators.entities.model import INFO_FILE, MODEL_FILE, load


def _train_tiny(folder, groups):
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [("قال فلاديمير بوتين في موسكو", "O B-PER I-PER O B-LOC"),
            ("وصل جو بايدن إلى واشنطن", "O B-PER I-PER O B-LOC")] * 4
    for words, tags in data:
        trainer.append(sentence_features(words.split(), groups), tags.split())
    trainer.set_params({"c2": 0.01, "max_iterations": 40})
    folder.mkdir(parents=True, exist_ok=True)
    trainer.train(str(folder / MODEL_FILE))


def test_a_folder_model_tags_with_the_groups_its_training_json_names(tmp_path):
    _train_tiny(tmp_path / "m", ALL_GROUPS)
    (tmp_path / "m" / INFO_FILE).write_text(json.dumps({"features": sorted(ALL_GROUPS)}))
    tagger = load(str(tmp_path / "m"))
    assert tagger.groups == ALL_GROUPS
    assert tagger.tag("قال فلاديمير بوتين في موسكو".split())[0] == ["O", "B-PER", "I-PER", "O", "B-LOC"]


def test_a_model_without_groups_is_read_with_the_legacy_features(tmp_path):
    _train_tiny(tmp_path / "old", LEGACY_GROUPS)
    assert load(str(tmp_path / "old")).groups == LEGACY_GROUPS


def test_a_model_asking_for_unknown_features_is_a_clear_error(tmp_path):
    _train_tiny(tmp_path / "new", LEGACY_GROUPS)
    (tmp_path / "new" / INFO_FILE).write_text(json.dumps({"features": ["base", "bert"]}))
    with pytest.raises(ValueError, match="bert"):
        load(str(tmp_path / "new"))


def test_a_missing_model_fails_when_the_backend_is_made(tmp_path):
    with pytest.raises(FileNotFoundError, match="no NER model"):
        BuiltinBackend(str(tmp_path / "absent"))


def test_the_packaged_model_loads_lazily_and_tags_a_sentence_with_offsets():
    # importing the stage (and building the default pipeline) reads no model; the first article does
    code = (
        "import sys, marsad\n"
        "from marsad.annotators.entities import model\n"
        "marsad._pipeline()\n"
        "assert model.load.cache_info().currsize == 0 and 'pycrfsuite' not in sys.modules, 'loaded early'\n"
        "text = 'وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن الأمم المتحدة تتحمل مسؤولية كبيرة.'\n"
        "rec = marsad.to_record(marsad.analyze(text))\n"
        "assert model.load.cache_info().currsize == 1\n"
        "for e in rec['entities']:\n"
        "    assert text[e['start']:e['end']] == e['text']\n"
        "print(sorted((e['start'], e['end'], e['text'], e['label']) for e in rec['entities']))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    found = eval(out.stdout)
    text = "وقال وزير الخارجية الأردني أيمن الصفدي في عمّان إن الأمم المتحدة تتحمل مسؤولية كبيرة."
    for name, label in (("أيمن الصفدي", "PER"), ("عمّان", "LOC"), ("الأمم المتحدة", "ORG")):
        start = text.index(name)
        assert (start, start + len(name), name, label) in found
