"""The numpy BiLSTM-CRF: forward-backward and Viterbi on a small random model, export from torch."""
import itertools

import numpy as np
import pytest

from marsad.annotators.entities.model import bio_decode
from marsad.annotators.entities.neural import NeuralTagger

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
WORDS = ["وصل", "فلاديمير", "بوتين", "إلى", "موسكو"]


def _random_model(path, features=("w=بوتين", "w=موسكو", "sh=A", "p1=ا"), dim=6, hidden=5, seed=3):
    rng = np.random.default_rng(seed)
    k = len(TAGS)

    def r(*shape):
        return rng.normal(0, 0.8, shape).astype(np.float16)
    np.savez(path, tags=np.array(TAGS), features=np.array(features), emb=r(len(features), dim),
             fw_ih=r(4 * hidden, dim), fw_hh=r(4 * hidden, hidden), fw_b=r(4 * hidden),
             bw_ih=r(4 * hidden, dim), bw_hh=r(4 * hidden, hidden), bw_b=r(4 * hidden),
             out_w=r(k, 2 * hidden), out_b=r(k), trans=r(k, k), start=r(k), end=r(k))
    return NeuralTagger(path)


def _path_score(model, em, path):
    s = model.start[path[0]] + em[0, path[0]] + model.end[path[-1]]
    for t in range(1, len(path)):
        s += model.trans[path[t - 1], path[t]] + em[t, path[t]]
    return s


def test_viterbi_and_marginals_agree_with_brute_force(tmp_path):
    model = _random_model(tmp_path / "m.npz")
    words = WORDS[:3]
    em, lengths = model.emissions([words])
    em = em[0]
    paths = list(itertools.product(range(len(TAGS)), repeat=len(words)))
    scores = np.array([_path_score(model, em, p) for p in paths])
    assert list(model.viterbi(em[None], lengths)[0]) == list(paths[int(scores.argmax())])
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    marg = model.marginals(em[None], lengths)[0]
    for t in range(len(words)):
        for k in range(len(TAGS)):
            expected = sum(p for p, path in zip(probs, paths) if path[t] == k)
            assert abs(marg[t, k] - expected) < 1e-4


def test_a_batch_of_sentences_of_different_lengths_tags_as_one_by_one(tmp_path):
    model = _random_model(tmp_path / "m.npz")
    sentences = [WORDS, WORDS[1:3], [], WORDS[::-1], WORDS[2:3]]
    batch = model.tag_many(sentences)
    for words, (tags, probs) in zip(sentences, batch):
        alone = model.tag(words) if words else ([], [])
        assert tags == alone[0] and np.allclose(probs, alone[1], atol=1e-5)
        assert len(tags) == len(words)


def test_bio_decoding_never_opens_a_name_with_i():
    marg = np.array([[0.2, 0.1, 0.6, 0.05, 0.05],       # I-PER is likeliest first: not allowed
                     [0.1, 0.1, 0.7, 0.05, 0.05],
                     [0.1, 0.05, 0.05, 0.1, 0.7]])      # I-LOC after a person: not allowed
    tags = [TAGS[k] for k in bio_decode(marg, TAGS)]
    assert tags[0] in ("O", "B-PER") and tags[2] != "I-LOC"
    for prev, cur in zip(["O"] + tags, tags):
        assert not cur.startswith("I-") or prev[2:] == cur[2:]


def test_torch_training_exports_a_model_numpy_runs_alike(tmp_path):
    torch = pytest.importorskip("torch")
    from training import ner_neural as train_neural
    from marsad.annotators.entities.features import token_features
    sentences = [("قال فلاديمير بوتين في موسكو إن روسيا مستعدة".split(), "O B-PER I-PER O B-LOC O B-LOC O".split()),
                 ("وصل جو بايدن إلى واشنطن أمس".split(), "O B-PER I-PER O B-LOC O".split())] * 6
    params = {**train_neural.PARAMS, "dim": 8, "hidden": 8, "epochs": 12, "identity_dropout": 0.0, "dropout": 0.0,
              "min_count": 1, "lr": 0.05, "batch": 4}
    torch.set_num_threads(1)
    train_neural.train(sentences, tmp_path, params, log=lambda line: None)
    model = NeuralTagger(tmp_path / "neural.npz")
    assert model.tag(sentences[0][0])[0] == sentences[0][1]
    # the numpy forward pass is the torch one (float16 weights on both sides)
    vocab = sorted(model.index, key=model.index.get)
    net = train_neural._model(len(vocab), params).eval()
    weights = np.load(tmp_path / "neural.npz")
    with torch.no_grad():
        net.emb.weight.copy_(torch.tensor(weights["emb"].astype(np.float32)))
        net.lstm.weight_ih_l0.copy_(torch.tensor(weights["fw_ih"].astype(np.float32)))
        net.lstm.weight_hh_l0.copy_(torch.tensor(weights["fw_hh"].astype(np.float32)))
        net.lstm.bias_ih_l0.copy_(torch.tensor(weights["fw_b"].astype(np.float32)))
        net.lstm.bias_hh_l0.zero_()
        net.lstm.weight_ih_l0_reverse.copy_(torch.tensor(weights["bw_ih"].astype(np.float32)))
        net.lstm.weight_hh_l0_reverse.copy_(torch.tensor(weights["bw_hh"].astype(np.float32)))
        net.lstm.bias_ih_l0_reverse.copy_(torch.tensor(weights["bw_b"].astype(np.float32)))
        net.lstm.bias_hh_l0_reverse.zero_()
        net.out.weight.copy_(torch.tensor(weights["out_w"].astype(np.float32)))
        net.out.bias.copy_(torch.tensor(weights["out_b"].astype(np.float32)))
    words = sentences[1][0]
    index = {f: i for i, f in enumerate(vocab)}
    ids, offsets, lengths, _ = train_neural._batch([(token_features(words), [0] * len(words))], index, None, 0.0)
    with torch.no_grad():
        em, _ = net.emissions(ids, offsets, lengths)
    assert np.abs(model.emissions([words])[0][0] - em[0].numpy()).max() < 1e-3
