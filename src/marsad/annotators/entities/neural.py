"""The neural tagger, run in numpy: feature embeddings, a BiLSTM, a CRF output layer.

Each word is the sum of the embeddings of its own features
(`features.token_features`: folded word, stem, affixes, shape, lexicon classes,
gazetteer tag, frequency class; a feature unseen in training adds nothing); a
one-layer bidirectional LSTM reads the sentence; a linear layer gives each tag's
score and a CRF's transition scores tie them: Viterbi for the tags,
forward-backward for each tag's marginal probability. Weights are trained in
PyTorch by `train_neural` and exported to `neural.npz` (float16, with the
feature vocabulary and the tag list), so no torch is needed at run time.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .features import token_features

NEURAL_FILE = "neural.npz"


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


def _sigmoid(x):
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _lstm(xproj: np.ndarray, w_hh: np.ndarray) -> np.ndarray:
    """One LSTM direction over precomputed input projections (batch x steps x 4H), PyTorch's gate
    order i f g o. Sentences are padded at the end, so padding never reaches a real step."""
    batch, steps, _ = xproj.shape
    hidden = w_hh.shape[1]
    h = np.zeros((batch, hidden), dtype=np.float32)
    c = np.zeros((batch, hidden), dtype=np.float32)
    out = np.empty((batch, steps, hidden), dtype=np.float32)
    w_t = np.ascontiguousarray(w_hh.T)
    for t in range(steps):
        gates = xproj[:, t] + h @ w_t
        i = _sigmoid(gates[:, :hidden])
        f = _sigmoid(gates[:, hidden:2 * hidden])
        g = np.tanh(gates[:, 2 * hidden:3 * hidden])
        o = _sigmoid(gates[:, 3 * hidden:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[:, t] = h
    return out


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


class NeuralTagger:
    """A BiLSTM-CRF exported by `train_neural` (`neural.npz`)."""

    def __init__(self, path: str | Path):
        z = np.load(path, allow_pickle=False)
        self.tags = [str(t) for t in z["tags"]]
        self.index = {str(f): i for i, f in enumerate(z["features"])}
        f32 = lambda name: z[name].astype(np.float32)   # noqa: E731
        self.emb = f32("emb")
        self.fw = (f32("fw_ih"), f32("fw_hh"), f32("fw_b"))
        self.bw = (f32("bw_ih"), f32("bw_hh"), f32("bw_b"))
        self.out_w, self.out_b = f32("out_w"), f32("out_b")
        self.trans, self.start, self.end = f32("trans"), f32("start"), f32("end")

    def embed(self, words: list[str]) -> np.ndarray:
        x = np.zeros((len(words), self.emb.shape[1]), dtype=np.float32)
        for t, feats in enumerate(token_features(words)):
            ids = [self.index[f] for f in feats if f in self.index]
            if ids:
                x[t] = self.emb[ids].sum(axis=0)
        return x

    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores of each word before the transitions (batch x steps x tags), and the lengths."""
        # the matrices are small: BLAS threads cost more than they give (8x slower on 2 busy cores)
        with _blas_controller().limit(limits=1, user_api="blas"):
            return self._emissions(sentences)

    def _emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        lengths = np.array([len(w) for w in sentences])
        batch, steps = len(sentences), int(lengths.max())
        x = np.zeros((batch, steps, self.emb.shape[1]), dtype=np.float32)
        for b, words in enumerate(sentences):
            x[b, :len(words)] = self.embed(words)
        # each sentence reversed within its length, for the backward direction
        pos = np.arange(steps)[None, :]
        rev = np.where(pos < lengths[:, None], lengths[:, None] - 1 - pos, pos)
        rows = np.arange(batch)[:, None]
        w_ih, w_hh, b = self.fw
        forward = _lstm(x @ w_ih.T + b, w_hh)
        w_ih, w_hh, b = self.bw
        backward = _lstm(x[rows, rev] @ w_ih.T + b, w_hh)[rows, rev]
        return np.concatenate([forward, backward], axis=2) @ self.out_w.T + self.out_b, lengths

    def marginals(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """P(tag at position | sentence) by forward-backward (batch x steps x tags)."""
        batch, steps, _ = em.shape
        alpha = np.empty_like(em)
        beta = np.empty_like(em)
        alpha[:, 0] = self.start + em[:, 0]
        for t in range(1, steps):
            alpha[:, t] = _logsumexp(alpha[:, t - 1][:, :, None] + self.trans[None], 1) + em[:, t]
        last = (lengths - 1)[:, None]
        beta[:, steps - 1] = self.end
        for t in range(steps - 2, -1, -1):
            inner = _logsumexp(self.trans[None] + (em[:, t + 1] + beta[:, t + 1])[:, None, :], 2)
            beta[:, t] = np.where(t >= last, self.end[None], inner)
        rows = np.arange(batch)
        log_z = _logsumexp(alpha[rows, lengths - 1] + self.end, 1)
        logp = alpha + beta - log_z[:, None, None]
        logp[np.arange(steps)[None, :] >= lengths[:, None]] = -np.inf          # padding
        return np.exp(logp)

    def viterbi(self, em: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        batch, steps, k = em.shape
        score = self.start + em[:, 0]
        back = np.zeros((batch, steps, k), dtype=np.int64)
        best_end = np.zeros((batch, k), dtype=em.dtype)
        for b in np.nonzero(lengths == 1)[0]:
            best_end[b] = score[b]
        for t in range(1, steps):
            cand = score[:, :, None] + self.trans[None]
            back[:, t] = cand.argmax(axis=1)
            score = cand.max(axis=1) + em[:, t]
            for b in np.nonzero(lengths == t + 1)[0]:
                best_end[b] = score[b]
        paths = []
        for b, n in enumerate(lengths):
            path = [int((best_end[b] + self.end).argmax())]
            for t in range(n - 1, 0, -1):
                path.append(int(back[b, t, path[-1]]))
            paths.append(path[::-1])
        return paths

    def tag_many(self, sentences: list[list[str]]) -> list[tuple[list[str], list[float]]]:
        """`tag` for many sentences at once (one batch: far fewer numpy calls)."""
        out: list = [([], [])] * len(sentences)
        todo = [i for i, w in enumerate(sentences) if w]
        if not todo:
            return out
        em, lengths = self.emissions([sentences[i] for i in todo])
        marg = self.marginals(em, lengths)
        for b, (i, path) in enumerate(zip(todo, self.viterbi(em, lengths))):
            out[i] = ([self.tags[k] for k in path], [float(marg[b, t, k]) for t, k in enumerate(path)])
        return out

    def marginals_many(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Each non-empty sentence's marginals (words x tags)."""
        em, lengths = self.emissions(sentences)
        marg = self.marginals(em, lengths)
        return [marg[b, :n] for b, n in enumerate(lengths)]

    def tag(self, words: list[str]) -> tuple[list[str], list[float]]:
        """BIO tags of a sentence's words and each tag's marginal probability."""
        return self.tag_many([words])[0]
