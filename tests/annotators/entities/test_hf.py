"""The --ner-model backend, on a tiny randomly initialised BERT that the test builds (no download)."""
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TEXT = "وقال فلاديمير بوتين في موسكو إن قواته تقدمت لأوكرانيا"


def _tiny_model(path, label_bias: str, positions: int = 64):
    """A 2-layer BERT whose classifier always prefers `label_bias` (weights zeroed, bias set)."""
    pieces = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "و", "قال", "في", "إن", "موسكو", "بوتين",
              "فلا", "##دي", "##مي", "##ر", "ل", "##أو", "##كر", "##انيا", "قوات", "##ه", "تقدمت"]
    vocab = {piece: i for i, piece in enumerate(pieces)}
    tokenizer = transformers.BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=False)
    tokenizer.save_pretrained(path)
    config = transformers.BertConfig(vocab_size=len(pieces), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=37, max_position_embeddings=positions,
                                     num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
                                     label2id={label: i for i, label in enumerate(LABELS)})
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[LABELS.index(label_bias)] = 5.0
    model.save_pretrained(path)
    return path


def test_subword_predictions_align_to_word_offsets(tmp_path):
    from marsad.annotators.entities.hf import TransformerBackend
    from marsad.text.tokenize import tokenize
    backend = TransformerBackend(str(_tiny_model(tmp_path, "B-LOC")))
    toks = tokenize(TEXT)
    assert len(backend.tokenizer.tokenize("فلاديمير")) > 1          # a word of several subwords
    (tagged,) = backend.tag([toks])
    assert tagged.tags == ["B-LOC"] * len(toks)                 # one tag per word, from its first subword
    assert all(0.0 < p <= 1.0 for p in tagged.probs)


def test_backend_runs_in_the_pipeline_with_offsets_and_clusters(tmp_path):
    import marsad
    from marsad.layers import CLUSTERS, ENTITIES
    path = _tiny_model(tmp_path, "B-LOC")
    doc = marsad.analyze(TEXT, ner_model=str(path))
    mentions = doc.layer(ENTITIES)
    texts = [m.text for m in mentions]
    assert "أوكرانيا" in texts and "لأوكرانيا" not in texts   # the clitic is cut here too
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text and m.label == "LOC" and m.entity
    assert {c.id for c in doc.layer(CLUSTERS)} == {m.entity for m in mentions}
    ukraine = next(m for m in mentions if m.text == "أوكرانيا")
    assert next(c for c in doc.layer(CLUSTERS) if c.id == ukraine.entity).key == "UA"


def test_long_sentences_are_cut_into_windows(tmp_path):
    from marsad.annotators.entities.hf import TransformerBackend
    from marsad.text.tokenize import tokenize
    backend = TransformerBackend(str(_tiny_model(tmp_path, "I-PERS", positions=12)))
    text = " ".join([TEXT] * 4)
    toks = tokenize(text)
    (tagged,) = backend.tag([toks])
    assert len(tagged.tags) == len(toks)
    assert len(list(backend._windows([t.text for t in toks]))) > 1
    # all words are tagged across the windows, none dropped: one name from the first word on
    assert tagged.tags == ["B-PER"] + ["I-PER"] * (len(toks) - 1)


def test_a_model_that_cannot_load_is_a_one_line_error(tmp_path):
    from tests.conftest import run_marsad
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    proc = run_marsad("analyze", "--ner-model", str(tmp_path / "absent-model"), str(article))
    assert proc.returncode == 1
    assert proc.stderr.startswith("marsad: error: cannot load the NER model")
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""
