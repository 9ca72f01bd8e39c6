"""Train the neural tagger (`marsad.annotators.entities.neural.NeuralTagger`) on ANERcorp in PyTorch and export it to numpy.

    python -m training.ner_neural [--data ../shared/data/anercorp] [--out DIR] [--dev]

The model: the sum of embeddings of each word's own features (`features.token_features`,
features seen at least twice in training), dropout, a one-layer BiLSTM, a linear layer
and a CRF (transitions, start and end scores), trained on the CRF's negative
log-likelihood with Adam. Word-identity features (the folded word and its stem) are
dropped at random for a share of the training words, so that the model learns to
tag names it never saw from their affixes, the gazetteer and the context.
Training needs torch (CPU); the export (`neural.npz`) is read by numpy alone.
With `--dev` it trains on the first 90% of the train sentences and prints the
dev-part scores after each epoch (the choices were made there); without it, it
trains on the whole train split for the number of epochs chosen on dev.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.annotators.entities.conll import read_conll, score
from marsad.annotators.entities.features import token_features
from marsad.annotators.entities.neural import NEURAL_FILE, NeuralTagger

SEED = 20241
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
PARAMS = {"dim": 64, "hidden": 128, "dropout": 0.5, "identity_dropout": 0.25, "min_count": 2, "lr": 0.002,
          "batch": 16, "epochs": 14}
_IDENTITY = ("w=", "st=")


def feature_vocabulary(feats_by_sentence, min_count: int) -> list[str]:
    counts = Counter(f for sent in feats_by_sentence for feats in sent for f in feats)
    return sorted(f for f, c in counts.items() if c >= min_count)


def _model(n_features: int, params: dict):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(n_features, params["dim"], mode="sum")
            self.drop = nn.Dropout(params["dropout"])
            self.lstm = nn.LSTM(params["dim"], params["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * params["hidden"], len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))

        def emissions(self, ids, offsets, lengths):
            x = self.emb(ids, offsets)                                  # (tokens, dim)
            batch, width = len(lengths), max(lengths)
            padded = x.new_zeros(batch, width, x.shape[1])
            mask = torch.zeros(batch, width, dtype=torch.bool)
            k = 0
            for b, n in enumerate(lengths):
                padded[b, :n] = x[k:k + n]
                mask[b, :n] = True
                k += n
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(padded), torch.tensor(lengths), batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=width)
            return self.out(self.drop(h)), mask

        def nll(self, em, tags, mask):
            batch, width, _ = em.shape
            ar = torch.arange(batch)
            score = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            for t in range(1, width):
                m = mask[:, t]
                step = self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]
                score = score + step * m
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
                alpha = torch.where(m.unsqueeze(1), nxt, alpha)
            last = tags[ar, mask.sum(1) - 1]
            score = score + self.end[last]
            log_z = torch.logsumexp(alpha + self.end, dim=1)
            return (log_z - score).sum()

    return Net()


def _batch(sentences, index, rng: random.Random | None, identity_dropout: float):
    import torch
    ids, offsets, lengths, tags = [], [], [], []
    for feats_of_sentence, tag_ids in sentences:
        lengths.append(len(feats_of_sentence))
        tags.append(tag_ids)
        for feats in feats_of_sentence:
            offsets.append(len(ids))
            drop = rng is not None and rng.random() < identity_dropout
            ids.extend(index[f] for f in feats if f in index and not (drop and f.startswith(_IDENTITY)))
    width = max(lengths)
    tag_tensor = torch.zeros(len(lengths), width, dtype=torch.long)
    for b, t in enumerate(tags):
        tag_tensor[b, :len(t)] = torch.tensor(t)
    return (torch.tensor(ids, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), lengths, tag_tensor)


def export(net, vocabulary: list[str], path: Path) -> None:
    """Weights to float16 numpy arrays with the feature vocabulary and the tags (`neural.npz`)."""
    def h(t):
        return t.detach().cpu().numpy().astype(np.float16)
    lstm = net.lstm
    np.savez_compressed(
        path, tags=np.array(TAGS), features=np.array(vocabulary), emb=h(net.emb.weight),
        fw_ih=h(lstm.weight_ih_l0), fw_hh=h(lstm.weight_hh_l0), fw_b=h(lstm.bias_ih_l0 + lstm.bias_hh_l0),
        bw_ih=h(lstm.weight_ih_l0_reverse), bw_hh=h(lstm.weight_hh_l0_reverse),
        bw_b=h(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
        out_w=h(net.out.weight), out_b=h(net.out.bias), trans=h(net.trans), start=h(net.start), end=h(net.end))


def train(sentences, out: Path, params: dict, dev=None, log=print) -> dict:
    import torch
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    feats = [token_features(words) for words, _ in sentences]
    vocabulary = feature_vocabulary(feats, params["min_count"])
    index = {f: i for i, f in enumerate(vocabulary)}
    data = [(f, [TAGS.index(t) for t in tags]) for f, (_, tags) in zip(feats, sentences)]
    net = _model(len(vocabulary), params)
    opt = torch.optim.Adam(net.parameters(), lr=params["lr"])
    history = []
    best = None
    for epoch in range(1, params["epochs"] + 1):
        start = time.time()
        net.train()
        order = list(range(len(data)))
        rng.shuffle(order)
        total = 0.0
        for k in range(0, len(order), params["batch"]):
            ids, offsets, lengths, tags = _batch([data[i] for i in order[k:k + params["batch"]]], index, rng,
                                                 params["identity_dropout"])
            em, mask = net.emissions(ids, offsets, lengths)
            loss = net.nll(em, tags, mask)
            opt.zero_grad()
            (loss / len(lengths)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        net.eval()
        export(net, vocabulary, out / NEURAL_FILE)
        entry = {"epoch": epoch, "loss": round(total / len(data), 3), "seconds": round(time.time() - start, 1)}
        if dev is not None:
            tagger = NeuralTagger(out / NEURAL_FILE)
            result = score([t for _, t in dev], [tagger.tag(w)[0] for w, _ in dev])
            entry["dev"] = {k: round(v["f1"], 4) for k, v in result.items()}
            if best is None or entry["dev"]["micro"] > best[0]:
                best = (entry["dev"]["micro"], epoch)
                export(net, vocabulary, out / ("best-" + NEURAL_FILE))
        history.append(entry)
        log(json.dumps(entry))
    return {"history": history, "features": len(vocabulary), "best": best}


def train_neural(sentences, out: Path, threads: int = 1, dev=None, params: dict | None = None) -> float:
    """Train on `sentences` and export `neural.npz` to `out`; returns the seconds it took."""
    import torch
    torch.set_num_threads(threads)
    start = time.time()
    result = train(sentences, out, params or PARAMS, dev, log=lambda line: print(line, file=sys.stderr, flush=True))
    if dev is not None and result["best"]:
        (out / ("best-" + NEURAL_FILE)).replace(out / NEURAL_FILE)      # the best epoch on dev
    return time.time() - start


def main(argv=None) -> int:
    from .ner import DEV_SHARE, ROOT, TRAIN_FILE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "anercorp"))
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "models" / "ner"))
    ap.add_argument("--dev", action="store_true", help="train on 90%% of train and score the held-out 10%%")
    ap.add_argument("--epochs", type=int, default=PARAMS["epochs"])
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    data = Path(args.data) / TRAIN_FILE
    if not data.exists():
        print(f"train-ner: error: {data} not found", file=sys.stderr)
        return 2
    try:
        import torch
    except ImportError:
        print("train-ner: error: training the neural tagger needs torch (pip install 'marsad[train]')",
              file=sys.stderr)
        return 2
    torch.set_num_threads(args.threads)
    params = {**PARAMS, "epochs": args.epochs}
    sentences = read_conll(data)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dev = None
    if args.dev:
        cut = int(len(sentences) * (1 - DEV_SHARE))
        sentences, dev = sentences[:cut], sentences[cut:]
    start = time.time()
    result = train(sentences, out, params, dev)
    info = {"data": f"ANERcorp CAMeL Lab split, {TRAIN_FILE}" + (" (first 90%)" if dev else ""),
            "seed": SEED, "torch": torch.__version__, "params": params, "features": result["features"],
            "train_seconds": round(time.time() - start, 1), "best_dev": result["best"]}
    (out / "neural.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    sys.exit(main())
